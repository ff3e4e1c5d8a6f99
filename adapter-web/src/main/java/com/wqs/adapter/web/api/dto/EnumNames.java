package com.wqs.adapter.web.api.dto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a text component of a response DTO: its values are the constant names of {@code value}, so the
 * OpenAPI document lists them as an enum while the DTO itself holds only a string.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface EnumNames {
    Class<? extends Enum<?>> value();
}
