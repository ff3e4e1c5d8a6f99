package com.wqs.domain.catalog;

/** A formula that cannot be parsed or evaluated; the message names the variable or the position. */
public class FormulaException extends RuntimeException {
    public FormulaException(String message) {
        super(message);
    }
}
