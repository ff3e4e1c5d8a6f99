package com.wqs.adapter.web.api;

import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.cutting.Offcut;
import com.wqs.domain.shared.Ids;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Path and query parameters, parsed strictly: a bad value is a validation error naming the parameter. */
public final class Params {
    private static final int DEFAULT_PAGE_SIZE = 50;

    private Params() {
    }

    public static UUID pathId(Context ctx, String name) {
        return Ids.parse(name, ctx.pathParam(name));
    }

    /** An offcut's number in the path, as on the saw sheet ({@code OC-17}) or bare ({@code 17}). */
    public static long pathOffcutId(Context ctx, String name) {
        return offcutId(name, ctx.pathParam(name));
    }

    /** An offcut's number, {@code OC-17} or {@code 17}; anything else is a validation error naming {@code field}. */
    public static long offcutId(String field, String value) {
        return Offcut.idOf(value)
                .orElseThrow(() -> new ValidationException(field, "must be an offcut number such as OC-17"));
    }

    public static PageRequest page(Context ctx) {
        int page = optionalInt(ctx, "page", 1);
        int size = optionalInt(ctx, "size", DEFAULT_PAGE_SIZE);
        return new PageRequest(page, size);
    }

    public static int optionalInt(Context ctx, String name, int defaultValue) {
        String value = text(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "must be a whole number");
        }
    }

    public static UUID optionalId(Context ctx, String name) {
        String value = text(ctx, name);
        return value == null ? null : Ids.parse(name, value);
    }

    public static LocalDate optionalDate(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "must be a date such as 2026-03-31");
        }
    }

    /** An instant ({@code 2026-03-31T10:00:00Z}); returns null when absent. */
    public static Instant optionalInstant(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "must be an instant such as 2026-03-31T10:00:00Z");
        }
    }

    public static <E extends Enum<E>> E optionalEnum(Context ctx, String name, Class<E> type) {
        String value = text(ctx, name);
        return value == null ? null : parseEnum(name, value, type);
    }

    public static <E extends Enum<E>> E parseEnum(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ValidationException(field, "must be one of " + allowed);
        }
    }

    /** The trimmed parameter, or null when absent or blank. */
    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
