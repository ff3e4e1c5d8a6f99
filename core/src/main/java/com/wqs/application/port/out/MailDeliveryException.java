package com.wqs.application.port.out;

/** An SMTP attempt that did not deliver: the server's reply (or why it could not be reached), and whether to retry. */
public class MailDeliveryException extends RuntimeException {
    private final boolean permanent;

    public MailDeliveryException(String reply, boolean permanent) {
        super(reply);
        this.permanent = permanent;
    }

    public MailDeliveryException(String reply, boolean permanent, Throwable cause) {
        super(reply, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
