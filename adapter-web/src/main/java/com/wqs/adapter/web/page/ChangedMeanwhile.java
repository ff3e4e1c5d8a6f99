package com.wqs.adapter.web.page;

import com.wqs.adapter.web.i18n.Messages;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A save refused because someone saved the record after the form was filled (a stale version): the form
 * comes back as the user typed it, with a notice listing the fields where the user's values and the stored
 * ones differ, and it now carries the stored version, so saving it again overwrites the stored values
 * deliberately (or the user edits it first).
 *
 * @param what the record, as the notice names it ("Customer Acme Homes")
 * @param currentVersion the stored version, which the form's hidden {@code version} field now holds
 */
public record ChangedMeanwhile(String what, long currentVersion, List<Difference> differences) {
    /**
     * One field whose submitted value is not the stored one: the form's field name, both values as text and
     * whether they are a yes/no ({@code "yes"}, {@code "no"}), shown in the page's language.
     */
    public record Difference(String name, String yours, String stored, boolean yesNo) {
        /** The field's name for people: {@code changed-meanwhile.field.<name>}, else derived from the name. */
        public String field(Messages messages) {
            String key = "changed-meanwhile.field." + name;
            return messages.has(key) ? messages.text(key) : label(name);
        }

        public String yours(Messages messages) {
            return yesNo ? messages.text("changed-meanwhile." + yours) : yours;
        }

        public String stored(Messages messages) {
            return yesNo ? messages.text("changed-meanwhile." + stored) : stored;
        }
    }

    public ChangedMeanwhile {
        differences = List.copyOf(differences);
    }

    /**
     * Compares two forms of one record type component by component; lists are compared as text, element by
     * element, leaving blank rows out.
     *
     * @param ignored components not shown (the version, the csrf-like or derived ones)
     */
    static <F extends Record> ChangedMeanwhile between(String what, long currentVersion, F yours, F stored,
            Set<String> ignored) {
        List<Difference> differences = new ArrayList<>();
        for (RecordComponent component : yours.getClass().getRecordComponents()) {
            if (ignored.contains(component.getName())) {
                continue;
            }
            Object mineValue = value(component, yours);
            String mine = text(mineValue);
            String theirs = text(value(component, stored));
            if (!mine.equals(theirs)) {
                differences.add(new Difference(component.getName(), mine, theirs, mineValue instanceof Boolean));
            }
        }
        return new ChangedMeanwhile(what, currentVersion, differences);
    }

    private static Object value(RecordComponent component, Record form) {
        try {
            return component.getAccessor().invoke(form);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a form", e);
        }
    }

    /** Text as shown: a list as its non-blank rows ({@code "; "}), a row (a record) as its non-blank fields. */
    private static String text(Object value) {
        if (value instanceof List<?> rows) {
            return rows.stream().map(ChangedMeanwhile::text).filter(row -> !row.isBlank())
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof Record row) {
            return Arrays.stream(row.getClass().getRecordComponents()).map(c -> text(value(c, row)))
                    .filter(field -> !field.isBlank()).collect(Collectors.joining(" "));
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        return Objects.toString(value, "").strip();
    }

    /** {@code minWidthMm} → "Min width mm", {@code bom} → "BOM": for a field without a text in the bundles. */
    static String label(String name) {
        if (name.equals("bom")) {
            return "BOM";
        }
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
