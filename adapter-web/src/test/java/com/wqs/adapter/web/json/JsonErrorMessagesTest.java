package com.wqs.adapter.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.wqs.adapter.web.api.dto.CustomerRequest;
import com.wqs.adapter.web.api.dto.MaterialRequest;
import com.wqs.adapter.web.api.dto.NewUserRequest;
import com.wqs.adapter.web.api.dto.OffcutRequest;
import com.wqs.adapter.web.api.dto.ProductRequest;
import com.wqs.adapter.web.api.dto.QuoteRequest;
import com.wqs.adapter.web.api.dto.SettingsRequest;
import com.wqs.adapter.web.api.dto.StatusChangeRequest;
import com.wqs.adapter.web.api.dto.WorkOrderRequest;
import com.wqs.domain.shared.DomainException;
import com.wqs.domain.shared.FieldError;
import com.wqs.domain.shared.ValidationException;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 3: a body the server cannot read is refused with messages that name the field and the
 * rule, never the reader's internals: no Java class names ({@code com.wqs...}, {@code java.lang...}), no
 * Jackson feature or constraint names, no {@code [Source: ...; line: 1, column: 7]} locations. Every
 * request DTO gets malformed documents, wrong types, unknown enum constants and numbers too large in each
 * of its fields (and those of the records inside it).
 */
class JsonErrorMessagesTest {
    private static final List<Class<?>> REQUESTS = List.of(QuoteRequest.class, CustomerRequest.class,
            MaterialRequest.class, ProductRequest.class, SettingsRequest.class, OffcutRequest.class,
            NewUserRequest.class, WorkOrderRequest.class, StatusChangeRequest.class);
    private static final List<String> VALUES = List.of("\"wrong\"", "12345", "1.5", "true", "[]", "{}", "[1]",
            "99999999999999999999", "1e309", "-1e309", "9223372036854775808", "2147483648", "1e-400", "\"UNKNOWN_VALUE\"",
            "\"2026-02-30\"", "\"\"", "\"" + "9".repeat(2000) + "\"", "9".repeat(2000), "[[[]]]", "{\"a\":{}}",
            "\"nul \\u0000 inside\"", "\"\\ud800\"", "NaN", "007", "'single'");
    private static final List<String> DOCUMENTS = List.of("{", "{\"name\":", "{\"name\":\"x\"", "{\"name\":\"x\",}",
            "{\"name\":\"x\"} trailing", "{\"name\":\"x\"}{}", "{\"name\":\"x\"}]", "[{\"name\":\"x\"}]", "\"text\"",
            "42", "true", "[]", "{name:\"x\"}", "{'name':'x'}", "/*c*/{}", "// c\n{}", "{\"name\"::\"x\"}",
            "{\"name\":\"x\",\"name\":\"y\"}", "{\"x\":NaN}", "{\"x\":Infinity}", "{\"x\":-Infinity}", "{\"x\":007}",
            "{\"x\":.5}", "{\"x\":1.}", "{\"x\":+1}", "{\"x\":0x10}", "{\"x\":\"\\q\"}", "{\"x\":\"\\u12\"}",
            "{\"x\":\"tab\there\"}", "{\"x\":tru}", "{\"x\":nul}", "{\"x\":\"" + "9".repeat(30_000) + "\"}",
            "{\"x\":" + "9".repeat(2000) + "}", "{\"x\":1" + "0".repeat(2000) + ".5}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(5000) + "1" + "}".repeat(5000), "\uFEFF{}",
            "{\"x\":\"a\"\"b\"}", "{\"" + "k".repeat(60_000) + "\":1}", "{}\u0000", "\u0000");
    /** What a message must never hold: class and package names, Jackson's own words, its token locations. */
    private static final Pattern INTERNALS = Pattern.compile(
            "com\\.|java\\.|jackson|source:|line:|column:|`|feature|constraint|token|start marker|\\bcode \\d", 
            Pattern.CASE_INSENSITIVE);

    private final JsonCodec codec = new JsonCodec();

    @Test
    void noErrorMessageNamesAClassAFeatureOrATokenLocation() {
        List<String> leaks = new ArrayList<>();
        int refused = 0;
        for (Class<?> type : REQUESTS) {
            List<byte[]> bodies = new ArrayList<>();
            DOCUMENTS.forEach(d -> bodies.add(d.getBytes(StandardCharsets.UTF_8)));
            bodies.add(invalidUtf8());
            for (String member : members(type, "", 0)) {
                for (String value : VALUES) {
                    bodies.add(member.replace("@", value).getBytes(StandardCharsets.UTF_8));
                }
            }
            for (byte[] body : bodies) {
                try {
                    codec.parse(body, type);
                } catch (ValidationException e) {
                    refused++;
                    for (FieldError error : e.errors()) {
                        if (INTERNALS.matcher(error.field() + " " + error.message()).find()) {
                            leaks.add(type.getSimpleName() + " " + abbreviate(new String(body, StandardCharsets.UTF_8))
                                    + " -> " + error.field() + ": " + error.message());
                        }
                    }
                } catch (DomainException e) {
                    refused++;
                }
            }
        }
        assertThat(refused).isGreaterThan(1_000);
        assertThat(leaks).as("messages naming the reader's internals").isEmpty();
    }

    @Test
    void aSyntaxErrorSaysWhereAndWhatInPlainWords() {
        assertThat(refusal("{\"name\":\"x\"")).isEqualTo("body: is not valid JSON (line 1, column 12): "
                + "the document ends before it is complete");
        assertThat(refusal("{\"name\":@}")).isEqualTo("body: is not valid JSON (line 1, column 9): "
                + "unexpected character '@'");
        assertThat(refusal("{\"name\":tru}")).endsWith("unexpected text 'tru' (strings must be in double quotes)");
        assertThat(refusal("{\"name\":NaN}")).contains("not a JSON number");
        assertThat(refusal("{\"name\":\"x\"} {}")).startsWith("body: has content after the JSON document");
        assertThat(refusal("{\"name\":\"x\",\"name\":\"y\"}")).contains("duplicate member \"name\"");
    }

    @Test
    void aNumberOutOfRangeNamesItsFieldAndTheRange() {
        assertThat(refusalOf("{\"lengthMm\":2147483648}", OffcutRequest.class))
                .isEqualTo("lengthMm: must be a whole number between -2147483648 and 2147483647");
    }

    private String refusal(String body) {
        return refusalOf(body, CustomerRequest.class);
    }

    private String refusalOf(String body, Class<?> type) {
        try {
            codec.parse(body.getBytes(StandardCharsets.UTF_8), type);
        } catch (ValidationException e) {
            FieldError error = e.errors().get(0);
            return error.field() + ": " + error.message();
        }
        throw new AssertionError("accepted: " + body);
    }

    /**
     * One document per field of {@code type} (and of the records it holds, to {@code depth} 2) with the
     * field's value as {@code @}: {@code {"lines":[{"widthMm":@}]}}.
     */
    private static List<String> members(Class<?> type, String outer, int depth) {
        List<String> members = new ArrayList<>();
        if (!type.isRecord() || depth > 2) {
            return members;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String member = "{\"" + component.getName() + "\":@}";
            members.add(outer.replace("@", member).isEmpty() ? member : outer.replace("@", member));
            Class<?> inner = elementRecord(component.getGenericType());
            if (inner != null) {
                boolean list = List.class.isAssignableFrom(component.getType());
                String nested = "{\"" + component.getName() + "\":" + (list ? "[@]" : "@") + "}";
                members.addAll(members(inner, outer.isEmpty() ? nested : outer.replace("@", nested), depth + 1));
            }
        }
        return members;
    }

    private static Class<?> elementRecord(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        return null;
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"name\":\"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "...(" + text.length() + ")" : text;
    }
}
