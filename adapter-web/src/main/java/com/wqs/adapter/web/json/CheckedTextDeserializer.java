package com.wqs.adapter.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.wqs.adapter.web.input.TextRules;
import java.io.IOException;
import java.util.Optional;

/** Reads a JSON string as Jackson does, then refuses text {@link TextRules} does not allow. */
final class CheckedTextDeserializer extends StdScalarDeserializer<String> {
    CheckedTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text == null) {
            return null;
        }
        Optional<String> problem = TextRules.problem(text);
        if (problem.isPresent()) {
            throw JsonFieldException.at(parser, "", problem.get());
        }
        return text;
    }
}
