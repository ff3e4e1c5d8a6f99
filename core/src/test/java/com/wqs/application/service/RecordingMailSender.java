package com.wqs.application.service;

import com.wqs.application.port.out.MailDeliveryException;
import com.wqs.application.port.out.MailSender;
import com.wqs.application.port.out.OutgoingMail;
import java.util.ArrayList;
import java.util.List;

/** A configured mail sender that keeps what it was given, or fails as told (a down server, a 5xx reply). */
final class RecordingMailSender implements MailSender {
    final List<OutgoingMail> sent = new ArrayList<>();
    MailDeliveryException failure;

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (failure != null) {
            throw failure;
        }
        sent.add(mail);
    }
}
