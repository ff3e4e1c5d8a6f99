package com.wqs.application.port.out;

/**
 * Hands e-mails to an SMTP server. {@link #NONE} is the installation without one: nothing is e-mailed,
 * quotes are still sent and their links handed out by hand.
 */
public interface MailSender {
    MailSender NONE = new MailSender() {
        @Override
        public boolean isConfigured() {
            return false;
        }

        @Override
        public void send(OutgoingMail mail) {
            throw new MailDeliveryException("no SMTP server is configured", true);
        }
    };

    boolean isConfigured();

    /**
     * Delivers the mail to the SMTP server.
     *
     * @throws MailDeliveryException with the server's reply; {@code permanent()} when retrying cannot help
     */
    void send(OutgoingMail mail);
}
