package com.wqs.adapter.web.error;

import com.wqs.domain.shared.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem: {@code code} is the stable machine-readable code (also the last part of the
 * {@code type} URI), {@code errors} the bad fields of a validation problem (empty otherwise),
 * {@code currentVersion} the version stored now when a write was refused as stale ({@code <entity>.stale};
 * null otherwise).
 */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors,
        Long currentVersion) {
    public static final String TYPE_PREFIX = "urn:wqs:problem:";

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(int status, String code, String title, String detail, List<FieldError> errors) {
        this(status, code, title, detail, errors, null);
    }

    public Problem(int status, String code, String detail) {
        this(status, code, HttpStatuses.reason(status), detail, List.of());
    }

    public String type() {
        return TYPE_PREFIX + code;
    }
}
