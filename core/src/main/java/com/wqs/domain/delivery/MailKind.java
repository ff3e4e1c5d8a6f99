package com.wqs.domain.delivery;

/** Why an e-mail was written: a quote to its customer, or the customer's answer to the quote's owner. */
public enum MailKind {
    QUOTE_TO_CUSTOMER,
    CUSTOMER_RESPONSE_TO_OWNER
}
