package com.wqs.adapter.cli.output;

/**
 * ANSI colours, used only when writing to a terminal and {@code NO_COLOR} is not set
 * (https://no-color.org). Without colour every method returns the text unchanged.
 */
public final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean enabled;

    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public String bold(String text) {
        return wrap("\u001b[1m", text);
    }

    public String dim(String text) {
        return wrap("\u001b[2m", text);
    }

    public String red(String text) {
        return wrap("\u001b[31m", text);
    }

    public String green(String text) {
        return wrap("\u001b[32m", text);
    }

    public String yellow(String text) {
        return wrap("\u001b[33m", text);
    }

    public String cyan(String text) {
        return wrap("\u001b[36m", text);
    }

    /** Colours a quote or work order status by how it feels: done green, lost red, waiting yellow. */
    public String status(String status) {
        return switch (status.trim()) {
            case "ACCEPTED", "CONVERTED", "DELIVERED", "READY_FOR_DELIVERY" -> green(status);
            case "REJECTED", "EXPIRED", "CANCELLED" -> red(status);
            case "SENT", "PENDING", "MATERIALS_ORDERED" -> yellow(status);
            case "DRAFT" -> dim(status);
            default -> cyan(status);
        };
    }

    private String wrap(String code, String text) {
        return enabled && !text.isEmpty() ? code + text + RESET : text;
    }
}
