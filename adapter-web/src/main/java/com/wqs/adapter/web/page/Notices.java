package com.wqs.adapter.web.page;

import java.util.Map;

/**
 * The one-line confirmations shown after an action redirects back to a page ({@code ?done=sent}). Only
 * known codes are shown, so a link cannot put arbitrary text on the page.
 */
final class Notices {
    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("created", "Created."),
            Map.entry("saved", "Saved."),
            Map.entry("sent", "The quote was sent: this revision is frozen and its PDF is ready."),
            Map.entry("accepted", "The quote was accepted."),
            Map.entry("rejected", "The quote was rejected."),
            Map.entry("revised", "A new draft revision was opened."),
            Map.entry("cancelled", "Cancelled."),
            Map.entry("duplicated", "A new draft was made from the quote, priced at today's catalogue."),
            Map.entry("converted", "The work order was created from the accepted quote."),
            Map.entry("status", "The status was changed."),
            Map.entry("password", "The password was changed."),
            Map.entry("own-password", "Your password was changed. Your other sessions were signed out and your API"
                    + " tokens revoked."),
            Map.entry("token-revoked", "The API token was revoked."),
            Map.entry("throttle-cleared", "The login throttle was cleared."),
            Map.entry("imported", "The catalogue was imported."),
            Map.entry("deleted", "Deleted."),
            Map.entry("released", "The cut list was released to the workshop: its offcuts left the rack and the ones it"
                    + " keeps are on it."),
            Map.entry("offcut-added", "The offcut is on the rack."),
            Map.entry("offcut-discarded", "The offcut was taken off the rack."),
            Map.entry("signedout", "You are signed out."));

    private Notices() {
    }

    static String text(String code) {
        return code == null ? null : TEXTS.get(code);
    }
}
