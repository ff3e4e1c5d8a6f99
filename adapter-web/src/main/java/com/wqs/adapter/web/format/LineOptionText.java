package com.wqs.adapter.web.format;

import com.wqs.adapter.web.i18n.Messages;
import com.wqs.domain.pricing.PricedLine;
import com.wqs.domain.quote.LineOption;
import com.wqs.domain.shared.Language;
import java.util.List;

/**
 * How a priced line's option reads on the quote page and the PDF: nothing for a required line,
 * "Optional — not included" (or "included") for an optional one, and for one of an alternative group its
 * letter among the group's lines and the chosen one: "Alternative B of Glass (A / B), chosen: B — Low-E".
 */
public final class LineOptionText {
    private LineOptionText() {
    }

    public static String of(PricedLine line, List<PricedLine> all) {
        return of(line, all, Messages.of(Language.ENGLISH));
    }

    /** The same in {@code messages}' language (texts {@code line-option.*}). */
    public static String of(PricedLine line, List<PricedLine> all, Messages messages) {
        LineOption option = line.option();
        if (option.required()) {
            return "";
        }
        if (option.optional()) {
            return messages.text(option.chosen() ? "line-option.optional-included" : "line-option.optional-excluded");
        }
        List<PricedLine> group = all.stream()
                .filter(l -> option.alternativeGroup().equals(l.option().alternativeGroup()))
                .toList();
        StringBuilder letters = new StringBuilder();
        String own = "";
        String chosen = messages.text("line-option.none");
        for (int k = 0; k < group.size(); k++) {
            String letter = letter(k);
            letters.append(k == 0 ? "" : " / ").append(letter);
            if (group.get(k).index() == line.index()) {
                own = letter;
            }
            if (group.get(k).option().chosen()) {
                PricedLine pick = group.get(k);
                chosen = letter + " — " + (pick.description() == null || pick.description().isBlank()
                        ? pick.code() : pick.description());
            }
        }
        return messages.text(option.chosen() ? "line-option.alternative" : "line-option.alternative-excluded", own,
                option.alternativeGroup(), letters, chosen);
    }

    /** Whether any line is optional or an alternative (the total is then that of the chosen lines). */
    public static boolean hasOptions(List<PricedLine> lines) {
        return lines.stream().anyMatch(l -> !l.option().required());
    }

    private static String letter(int k) {
        return k < 26 ? String.valueOf((char) ('A' + k)) : "A" + (k + 1);
    }
}
