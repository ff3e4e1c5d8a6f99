package com.wqs.adapter.web.i18n;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validation messages of the core and the forms ({@code is required}, {@code must be between 1 and 100})
 * in a page's language. A {@link FieldError} carries an English message only, so each {@code validation.<code>}
 * key of the {@code common} bundle is recognised by its English text: {@code validation.between=must be between
 * {0} and {1}} matches {@code must be between 1 and 100} and gives the Spanish text with the same values. A
 * message no key matches is shown as it is, so a new message in the core never breaks a page; it is only still
 * English until its key is added. The JSON API does not use this: its messages stay English.
 */
public final class ValidationTexts {
    /** The keys of the validation messages; their English text is the message the core writes. */
    public static final String PREFIX = "validation.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    private static final List<Rule> RULES = rules(Messages.of(Language.ENGLISH));

    private ValidationTexts() {
    }

    /** An English key text as a pattern; its groups are the placeholders in {@code order} of appearance. */
    private record Rule(String key, Pattern pattern, int[] order, int literalLength) {
    }

    /** {@code message} in {@code messages}' language; the message itself when no key has it (or no messages). */
    public static String message(Messages messages, String message) {
        if (messages == null || message == null) {
            return message;
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                int count = 0;
                for (int index : rule.order()) {
                    count = Math.max(count, index + 1);
                }
                Object[] args = new Object[count];
                for (int g = 0; g < rule.order().length; g++) {
                    args[rule.order()[g]] = matcher.group(g + 1);
                }
                return messages.text(rule.key(), args);
            }
        }
        return message;
    }

    /** The same field with its message in {@code messages}' language. */
    public static FieldError translate(Messages messages, FieldError error) {
        return new FieldError(error.field(), message(messages, error.message()));
    }

    /** The same errors with their messages in {@code messages}' language (for a page's own JSON, never the API). */
    public static ValidationException translate(Messages messages, ValidationException e) {
        return new ValidationException(e.errors().stream().map(error -> translate(messages, error)).toList());
    }

    /** The validation keys, the most specific first (most literal text), so the longer of two matches wins. */
    private static List<Rule> rules(Messages english) {
        List<Rule> rules = new ArrayList<>();
        for (String key : english.keys()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String text = english.text(key);
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            Matcher placeholder = PLACEHOLDER.matcher(text);
            int last = 0;
            int literal = 0;
            while (placeholder.find()) {
                String before = text.substring(last, placeholder.start());
                regex.append(Pattern.quote(before)).append("(.+?)");
                literal += before.length();
                order.add(Integer.parseInt(placeholder.group(1)));
                last = placeholder.end();
            }
            regex.append(Pattern.quote(text.substring(last)));
            literal += text.length() - last;
            rules.add(new Rule(key, Pattern.compile(regex.toString(), Pattern.DOTALL),
                    order.stream().mapToInt(Integer::intValue).toArray(), literal));
        }
        rules.sort(Comparator.comparingInt(Rule::literalLength).reversed().thenComparing(Rule::key));
        return List.copyOf(rules);
    }
}
