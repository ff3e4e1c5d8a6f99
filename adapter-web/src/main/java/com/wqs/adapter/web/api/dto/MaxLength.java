package com.wqs.adapter.web.api.dto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a text property of a request holds, as the OpenAPI {@code maxLength} (of the items, for
 * a list of strings). The value is a constant of {@link com.wqs.domain.shared.TextLimits}, the core's table
 * the core validates against, so the document states the limit the server enforces.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MaxLength {
    int value();
}
