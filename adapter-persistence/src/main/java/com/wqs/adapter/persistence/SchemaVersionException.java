package com.wqs.adapter.persistence;

/** The database's schema is not the one this code works with; the message says what to do. Nothing was changed. */
public class SchemaVersionException extends IllegalStateException {
    public SchemaVersionException(String message) {
        super(message);
    }
}
