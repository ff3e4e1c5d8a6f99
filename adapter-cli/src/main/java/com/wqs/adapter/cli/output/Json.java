package com.wqs.adapter.cli.output;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.catalog.MaterialId;
import com.wqs.domain.catalog.ProductId;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.quote.QuoteId;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import com.wqs.domain.user.ApiTokenId;
import com.wqs.domain.user.User;
import com.wqs.domain.user.UserId;
import com.wqs.domain.workorder.WorkOrderId;
import java.io.IOException;

/**
 * The JSON shape of the CLI's output, the same conventions as the API: camelCase fields, ids as
 * UUID strings, money and rates as decimal strings, dates as ISO-8601, languages as their tags ({@code es}).
 */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        SimpleModule wqs = new SimpleModule("wqs");
        for (Class<?> type : new Class<?>[] {Money.class, Rate.class, Formula.class, CustomerId.class, QuoteId.class,
                UserId.class, ProductId.class, MaterialId.class, WorkOrderId.class, ApiTokenId.class}) {
            wqs.addSerializer(type, ToStringSerializer.instance);
        }
        wqs.addSerializer(Language.class, new LanguageTag());
        wqs.setMixInAnnotation(User.class, UserWithoutSecrets.class);
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(wqs)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** {@code es}, {@code en}: as the API writes a language, and as {@code --lang} and {@code --language} read it. */
    private static final class LanguageTag extends JsonSerializer<Language> {
        @Override
        public void serialize(Language value, JsonGenerator out, com.fasterxml.jackson.databind.SerializerProvider
                serializers) throws IOException {
            out.writeString(value.tag());
        }
    }

    /** A password hash never leaves the store. */
    @JsonIgnoreProperties({"passwordHash", "version"})
    private abstract static class UserWithoutSecrets {
    }
}
