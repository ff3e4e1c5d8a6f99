package com.wqs.adapter.cli.command;

import com.wqs.application.port.in.DeliverOutboxUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server's e-mail worker: every few seconds, delivers the outbox's due mails; a failing run is logged. */
final class OutboxJob implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxJob.class);
    private final DeliverOutboxUseCase outbox;

    OutboxJob(DeliverOutboxUseCase outbox) {
        this.outbox = outbox;
    }

    @Override
    public void run() {
        // a scheduled task that throws is never run again
        try {
            int delivered = outbox.deliverDue();
            if (delivered > 0) {
                LOG.info("Delivered {} e-mail(s) from the outbox", delivered);
            }
        } catch (RuntimeException e) {
            LOG.error("Delivering the outbox failed; trying again shortly", e);
        }
    }
}
