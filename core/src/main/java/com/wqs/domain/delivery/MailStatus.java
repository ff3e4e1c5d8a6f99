package com.wqs.domain.delivery;

/** Where an e-mail of the outbox stands: waiting for (another) attempt, delivered, or given up on. */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED
}
