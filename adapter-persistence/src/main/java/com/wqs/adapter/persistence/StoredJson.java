package com.wqs.adapter.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.wqs.domain.catalog.Formula;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.quote.MaterialLine;
import com.wqs.domain.quote.QuoteLine;
import com.wqs.domain.quote.WindowLine;
import com.wqs.domain.shared.Money;
import com.wqs.domain.shared.Rate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The JSON text stored in document columns (lines, pricing snapshots, BOMs, settings). Amounts and
 * rates are written as decimal strings, instants as ISO-8601, so a document reads back exactly equal.
 */
final class StoredJson {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(domainValues())
            .addMixIn(QuoteLine.class, QuoteLineTypes.class)
            .addMixIn(Layout.class, LayoutTypes.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Writes with the declared type, so elements of a list of an interface carry their type id. */
    <T> String write(T value, TypeReference<T> type) {
        try {
            return mapper.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type.getType() + " as JSON", e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + type.getType() + " is not readable", e);
        }
    }

    private static SimpleModule domainValues() {
        SimpleModule module = new SimpleModule("wqs-domain-values");
        asString(module, Money.class, Money::toString, Money::of);
        asString(module, Rate.class, Rate::toString, Rate::of);
        asString(module, Formula.class, Formula::source, Formula::parse);
        return module;
    }

    private static <T> void asString(SimpleModule module, Class<T> type, Function<T, String> format,
            Function<String, T> parse) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return parse.apply(parser.getValueAsString());
            }
        });
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = WindowLine.class, name = "WINDOW"),
        @JsonSubTypes.Type(value = MaterialLine.class, name = "MATERIAL")
    })
    private interface QuoteLineTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Layout.Cell.class, name = "cell"),
        @JsonSubTypes.Type(value = Layout.Split.class, name = "split")
    })
    private interface LayoutTypes {
    }
}
