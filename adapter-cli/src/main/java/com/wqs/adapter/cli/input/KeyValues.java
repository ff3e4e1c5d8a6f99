package com.wqs.adapter.cli.input;

import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code key=value,key=value} option value such as {@code product=SLD-2L,w=1500,h=1200}. Commas
 * inside parentheses or brackets do not split, so a BOM formula like {@code max(width_m, 1)} or a layout
 * like {@code V(600)[FIX,CR]} stays whole.
 * Problems are validation errors under {@code field} (e.g. {@code lines[2].w}).
 */
public final class KeyValues {
    private final String field;
    private final Map<String, String> values;
    private final List<FieldError> errors = new ArrayList<>();

    private KeyValues(String field, Map<String, String> values) {
        this.field = field;
        this.values = values;
    }

    /** @param aliases maps every accepted key (lower-case) to its canonical name */
    public static KeyValues parse(String field, String spec, Map<String, String> aliases) {
        Map<String, String> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String part : splitTopLevel(spec == null ? "" : spec)) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 1) {
                errors.add(new FieldError(field, "'" + part.trim() + "' is not key=value"));
                continue;
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String canonical = aliases.get(key);
            if (canonical == null) {
                errors.add(new FieldError(field, "unknown key '" + key + "' (allowed: "
                        + String.join(", ", Set.copyOf(aliases.values()).stream().sorted().toList()) + ")"));
            } else if (values.putIfAbsent(canonical, part.substring(eq + 1).trim()) != null) {
                errors.add(new FieldError(field + "." + canonical, "is given twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new KeyValues(field, values);
    }

    public String text(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? null : value;
    }

    public String requiredText(String key) {
        String value = text(key);
        if (value == null) {
            errors.add(new FieldError(field + "." + key, "is required"));
        }
        return value;
    }

    /** A whole number, or {@code fallback} when absent. */
    public Integer integer(String key, Integer fallback) {
        String value = text(key);
        if (value == null) {
            if (fallback == null) {
                errors.add(new FieldError(field + "." + key, "is required"));
            }
            return fallback;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field + "." + key, "must be a whole number"));
            return fallback;
        }
    }

    public BigDecimal decimal(String key, BigDecimal fallback) {
        String value = text(key);
        if (value == null) {
            if (fallback == null) {
                errors.add(new FieldError(field + "." + key, "is required"));
            }
            return fallback;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field + "." + key, "must be a number"));
            return fallback;
        }
    }

    /** {@code true}/{@code yes} or {@code false}/{@code no} (any case); absent: false. */
    public boolean flag(String key) {
        String value = text(key);
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> {
                return true;
            }
            case "false", "no" -> {
                return false;
            }
            default -> {
                errors.add(new FieldError(field + "." + key, "must be true or false"));
                return false;
            }
        }
    }

    /** The errors met while reading values; call after reading them all. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    static List<String> splitTopLevel(String spec) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : spec.toCharArray()) {
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
            if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
