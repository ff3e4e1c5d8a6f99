package com.wqs.adapter.web.http;

import com.wqs.adapter.web.input.TextRules;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a posted HTML form whose fields hold text {@link TextRules} does not allow, before any page
 * handler reads it: the JSON API and the CSV imports refuse such text field by field, and a form must not
 * be the way around that.
 */
public final class FormText {
    private FormText() {
    }

    /** @throws ValidationException naming every field with refused text */
    public static void check(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : ctx.formParamMap().entrySet()) {
            for (String value : field.getValue()) {
                TextRules.problem(value).ifPresent(p -> errors.add(new FieldError(field.getKey(), p)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
