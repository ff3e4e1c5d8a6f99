package com.wqs.adapter.cli.command;

import com.wqs.application.port.in.AuthenticationUseCase;
import com.wqs.application.port.in.ExpireQuotesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's hourly chores: marks due quotes EXPIRED and deletes ended sessions. Each chore's
 * failure is logged whole and does not stop the other; the next run tries again.
 */
final class HousekeepingJob implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingJob.class);
    private final ExpireQuotesUseCase quotes;
    private final AuthenticationUseCase authentication;

    HousekeepingJob(ExpireQuotesUseCase quotes, AuthenticationUseCase authentication) {
        this.quotes = quotes;
        this.authentication = authentication;
    }

    @Override
    public void run() {
        // a scheduled task that throws is never run again: each chore logs its failure and the schedule stays alive
        try {
            int expired = quotes.expireDue();
            if (expired > 0) {
                LOG.info("Marked {} quote(s) EXPIRED", expired);
            }
        } catch (RuntimeException e) {
            LOG.error("Quote expiry failed; retrying in an hour", e);
        }
        try {
            LOG.info("Removed {} expired session(s)", authentication.purgeExpiredSessions());
        } catch (RuntimeException e) {
            LOG.error("Purging expired sessions failed; retrying in an hour", e);
        }
    }
}
