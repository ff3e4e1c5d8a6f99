package com.wqs.application.port.in;

/** The outbox worker's step: deliver every due e-mail once, recording each outcome on the mail. */
public interface DeliverOutboxUseCase {
    /** @return how many mails were delivered in this run */
    int deliverDue();
}
