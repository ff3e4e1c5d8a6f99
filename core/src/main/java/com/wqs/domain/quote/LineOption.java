package com.wqs.domain.quote;

/**
 * Whether a quote line is in the quote's total. A required line always is; an optional line only when
 * the customer takes it ({@code chosen}); a line of an alternative group (a named set of lines of which
 * exactly one is taken, e.g. clear vs. laminated glass) only when it is the group's chosen line. A
 * line is never both optional and in a group (the pricing engine refuses it, naming the field).
 * Documents stored before options existed have none: they read as {@link #REQUIRED}.
 */
public record LineOption(boolean optional, String alternativeGroup, boolean chosen) {
    public static final LineOption REQUIRED = new LineOption(false, null, true);

    public LineOption {
        alternativeGroup = alternativeGroup == null || alternativeGroup.isBlank() ? null : alternativeGroup.trim();
        if (!optional && alternativeGroup == null) {
            chosen = true;
        }
    }

    public static LineOption optional(boolean chosen) {
        return new LineOption(true, null, chosen);
    }

    public static LineOption alternative(String group, boolean chosen) {
        return new LineOption(false, group, chosen);
    }

    /** A null option (a document stored before options existed) is a required line. */
    public static LineOption orRequired(LineOption option) {
        return option == null ? REQUIRED : option;
    }

    public boolean required() {
        return !optional && alternativeGroup == null;
    }

    /** Whether the line counts in the quote's total. */
    public boolean included() {
        return required() || chosen;
    }

    /** The same line, chosen or not (a required line stays included). */
    public LineOption withChosen(boolean isChosen) {
        return new LineOption(optional, alternativeGroup, isChosen);
    }
}
