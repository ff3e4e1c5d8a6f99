package com.wqs.domain.quote;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules over a quote's line options: a group name fits {@link TextLimits#SHORT}; a line is not both
 * optional and in a group; a group has at least 2 lines and exactly one of them chosen. Errors name the
 * line's field ({@code lines[i].alternativeGroup}, {@code lines[i].chosen}).
 */
public final class LineOptions {
    public static final int MAX_GROUP = TextLimits.SHORT;

    private LineOptions() {
    }

    /** Adds an error for every broken rule to {@code errors}. */
    public static void check(List<LineOption> options, List<FieldError> errors) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            LineOption option = options.get(i);
            if (option.alternativeGroup() == null) {
                continue;
            }
            String field = "lines[" + i + "].alternativeGroup";
            if (!TextLimits.fits(option.alternativeGroup(), MAX_GROUP)) {
                errors.add(new FieldError(field, TextLimits.tooLong(MAX_GROUP)));
            } else if (option.optional()) {
                errors.add(new FieldError(field, "an optional line cannot also be in an alternative group"));
            } else {
                groups.computeIfAbsent(option.alternativeGroup(), g -> new ArrayList<>()).add(i);
            }
        }
        groups.forEach((group, members) -> {
            if (members.size() < 2) {
                members.forEach(i -> errors.add(new FieldError("lines[" + i + "].alternativeGroup",
                        "alternative group '" + group + "' needs at least 2 lines")));
                return;
            }
            List<Integer> chosen = members.stream().filter(i -> options.get(i).chosen()).toList();
            if (chosen.isEmpty()) {
                errors.add(new FieldError("lines[" + members.get(0) + "].chosen",
                        "one line of alternative group '" + group + "' must be chosen"));
            }
            chosen.stream().skip(1).forEach(i -> errors.add(new FieldError("lines[" + i + "].chosen",
                    "only one line of alternative group '" + group + "' may be chosen")));
        });
    }

    /**
     * The options after the customer's choice: the optional lines and alternatives whose indexes are in
     * {@code chosenLines} are chosen, every other one is not.
     *
     * @throws ValidationException naming {@code chosenLines[k]} (no such line, or a required line) or
     *     {@code chosenLines} (a group without exactly one chosen line)
     */
    public static List<LineOption> choose(List<LineOption> options, List<Integer> chosenLines) {
        if (chosenLines == null) {
            throw new ValidationException("chosenLines", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> chosen = new TreeSet<>();
        for (int k = 0; k < chosenLines.size(); k++) {
            Integer index = chosenLines.get(k);
            String field = "chosenLines[" + k + "]";
            if (index == null || index < 0 || index >= options.size()) {
                errors.add(new FieldError(field, "is not a line of the quote"));
            } else if (options.get(index).required()) {
                errors.add(new FieldError(field, "is a required line; only optional lines and alternatives are"
                        + " chosen"));
            } else {
                chosen.add(index);
            }
        }
        List<LineOption> result = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            result.add(options.get(i).withChosen(chosen.contains(i)));
        }
        Map<String, Integer> chosenPerGroup = new LinkedHashMap<>();
        result.forEach(o -> {
            if (o.alternativeGroup() != null) {
                chosenPerGroup.merge(o.alternativeGroup(), o.chosen() ? 1 : 0, Integer::sum);
            }
        });
        chosenPerGroup.forEach((group, count) -> {
            if (count != 1) {
                errors.add(new FieldError("chosenLines", "choose exactly one line of alternative group '" + group
                        + "' (" + count + " chosen)"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return List.copyOf(result);
    }

    /** The options of the lines, in order. */
    public static List<LineOption> of(Collection<? extends QuoteLine> lines) {
        return lines.stream().map(QuoteLine::option).toList();
    }
}
