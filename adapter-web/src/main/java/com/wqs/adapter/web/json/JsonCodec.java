package com.wqs.adapter.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.wqs.domain.shared.DomainException;
import com.wqs.domain.shared.ValidationException;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;

/**
 * Reads request bodies strictly and writes response DTOs. A body that is not JSON, has a value of the
 * wrong type or an unknown enum constant becomes a {@link ValidationException} naming the field
 * ({@code lines[2].widthMm}); unknown properties are ignored. Money and rates travel as decimal strings
 * (a JSON number is accepted for them too), integers must be JSON integers, booleans JSON booleans. Text
 * with control characters or lone surrogates is refused ({@link com.wqs.adapter.web.input.TextRules}).
 */
public final class JsonCodec {
    public static final String JSON = "application/json";

    private final ObjectMapper mapper;

    /** The largest JSON request body (1 MiB): room for a settings body with the largest logo in base64. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    public JsonCodec() {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("checked-text").addDeserializer(String.class, new CheckedTextDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        rejectCoercion(LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        rejectCoercion(LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.EmptyString);
        rejectCoercion(LogicalType.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        rejectCoercion(LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        rejectCoercion(LogicalType.Enum, CoercionInputShape.EmptyString, CoercionInputShape.Integer);
        rejectCoercion(LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
    }

    private void rejectCoercion(LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The request body as {@code type}.
     *
     * @throws UnsupportedMediaTypeResponse when the body is not declared as {@code application/json}
     * @throws ValidationException naming the offending field (or {@code body})
     */
    public <T> T read(Context ctx, Class<T> type) {
        requireJsonContentType(ctx);
        return parse(body(ctx), type);
    }

    /** As {@link #read}, but an empty body gives {@code whenEmpty}. */
    public <T> T readOptional(Context ctx, Class<T> type, T whenEmpty) {
        byte[] body = body(ctx);
        if (isBlank(body)) {
            return whenEmpty;
        }
        requireJsonContentType(ctx);
        return parse(body, type);
    }

    /**
     * The body of a JSON request, refused with 413 beyond {@link #MAX_BODY_BYTES} (a declared length is refused
     * before reading; the server's own limit, larger for CSV imports, bounds what is read at all).
     */
    private static byte[] body(Context ctx) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return body;
    }

    private static ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse("a JSON body must be at most " + MAX_BODY_BYTES / 1024 + " KiB");
    }

    /** Parses a JSON document; errors name the field as {@link #read} does. */
    public <T> T parse(byte[] body, Class<T> type) {
        if (isBlank(body)) {
            throw new ValidationException("body", "is required (a JSON object)");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new ValidationException("body", "must be a JSON object, not null");
            }
            return value;
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw new ValidationException(JsonErrors.field(e), JsonErrors.message(e));
        } catch (JsonMappingException e) {
            throw new ValidationException(JsonErrors.field(e), JsonErrors.message(e));
        } catch (IOException e) {
            throw new ValidationException("body", JsonErrors.readingMessage(e));
        }
    }

    /** Serialises a response DTO now, so a serialisation failure surfaces inside the route handler. */
    public String write(Object dto) {
        try {
            return mapper.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + dto.getClass().getName(), e);
        }
    }

    /** Serialises straight to UTF-8 bytes, the body as sent (no intermediate string). */
    public void respond(Context ctx, int status, Object dto) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + dto.getClass().getName(), e);
        }
        ctx.status(status).contentType(JSON).result(body);
    }

    public void ok(Context ctx, Object dto) {
        respond(ctx, 200, dto);
    }

    private static void requireJsonContentType(Context ctx) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        if (!mediaType.equalsIgnoreCase(JSON)) {
            throw new UnsupportedMediaTypeResponse("Content-Type must be application/json");
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
