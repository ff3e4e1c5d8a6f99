package com.wqs.adapter.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.wqs.adapter.web.input.TextRules;
import com.wqs.adapter.web.json.JsonFieldException;
import com.wqs.domain.layout.Direction;
import com.wqs.domain.layout.Layout;
import com.wqs.domain.layout.LayoutNotation;
import com.wqs.domain.layout.Opening;
import com.wqs.domain.shared.TextLimits;
import com.wqs.domain.shared.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A window layout as a JSON tree: {@code {"type":"cell","opening":"CASEMENT_LEFT","glassCode":"GL-LAM-8"}}
 * or {@code {"type":"split","direction":"VERTICAL","positionsMm":[600],"parts":[...]}} (see docs/LAYOUTS.md).
 * Responses give the whole layout's {@code notation} on its top node. Requests may send the tree, the
 * notation as a JSON string ({@code "V(600)[FIX,CR]"}), or {@code {"notation":"V(600)[FIX,CR]"}}; a cell's
 * opening is its name or short code (absent: FIXED). A bad shape is a 400 naming the field
 * ({@code lines[0].layout.parts[1].opening}).
 */
@JsonDeserialize(using = LayoutJson.Reader.class)
@Description("A window layout (docs/LAYOUTS.md): a cell, or a split of a cell into parts by mullions (VERTICAL, "
        + "parts left to right) or transoms (HORIZONTAL, parts bottom up); positionsMm are the divisions' centre "
        + "lines from the left/bottom edge of the split cell (empty: equal cells). Cells are labelled A, B, ... top "
        + "to bottom, left to right. Responses give the layout's notation (such as \"V(600)[FIX,CR]\") on the top "
        + "node. Requests may also send the notation as a JSON string or as {\"notation\": \"...\"}, and a cell's "
        + "opening as its short code (FIX, CL, CR, TTL, TTR, AW, HO, SL, SR, DL, DR); a cell without opening is FIXED.")
public sealed interface LayoutJson permits LayoutJson.Cell, LayoutJson.Split {
    /** Splits nested deeper than this are refused (the notation has the same limit). */
    int MAX_DEPTH = 16;

    /** {@code cell} or {@code split}. */
    String type();

    /** A glazed cell; {@code glassCode} null means the line's glass. */
    @JsonTypeName("cell")
    record Cell(String type, @EnumNames(Opening.class) String opening, @MaxLength(TextLimits.CODE) String glassCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) @MaxLength(TextLimits.LAYOUT) String notation)
            implements LayoutJson {
    }

    /** A cell divided by mullions (VERTICAL, parts left to right) or transoms (HORIZONTAL, parts bottom up). */
    @JsonTypeName("split")
    record Split(String type, @EnumNames(Direction.class) String direction, List<Integer> positionsMm,
            List<LayoutJson> parts,
            @JsonInclude(JsonInclude.Include.NON_NULL) @MaxLength(TextLimits.LAYOUT) String notation)
            implements LayoutJson {
    }

    /** The layout as a tree, its notation on the top node; null stays null. */
    static LayoutJson from(Layout layout) {
        return layout == null ? null : tree(layout, layout.notation());
    }

    private static LayoutJson tree(Layout layout, String notation) {
        if (layout instanceof Layout.Cell cell) {
            return new Cell("cell", cell.opening().name(), cell.glassCode(), notation);
        }
        Layout.Split split = (Layout.Split) layout;
        return new Split("split", split.direction().name(), split.positionsMm(),
                split.parts().stream().map(part -> tree(part, null)).toList(), notation);
    }

    /** The domain layout; null stays null. */
    static Layout toLayout(LayoutJson json) {
        if (json == null) {
            return null;
        }
        if (json instanceof Cell cell) {
            return new Layout.Cell(Opening.valueOf(cell.opening()), cell.glassCode());
        }
        Split split = (Split) json;
        return new Layout.Split(Direction.valueOf(split.direction()), split.positionsMm(),
                split.parts().stream().map(LayoutJson::toLayout).toList());
    }

    /** Reads the tree (or the notation) strictly, naming the field of the first problem. */
    final class Reader extends StdDeserializer<LayoutJson> {
        private static final long serialVersionUID = 1L;
        private static final String OPENINGS = Arrays.stream(Opening.values()).map(Enum::name)
                .collect(Collectors.joining(", "));

        public Reader() {
            super(LayoutJson.class);
        }

        @Override
        public LayoutJson deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(parser);
            return read(parser, node, "", 0);
        }

        private LayoutJson read(JsonParser parser, JsonNode node, String path, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw JsonFieldException.at(parser, path, "splits are nested more than " + MAX_DEPTH + " deep");
            }
            if (node.isTextual()) {
                return fromNotation(parser, node.asText(), path);
            }
            if (!node.isObject()) {
                throw JsonFieldException.at(parser, path, "must be a layout: an object with \"type\": \"cell\" or "
                        + "\"split\", or the layout's notation as a string such as \"V(600)[FIX,CR]\"");
            }
            JsonNode type = node.get("type");
            if (type == null || type.isNull()) {
                JsonNode notation = node.get("notation");
                if (depth == 0 && notation != null && notation.isTextual()) {
                    return fromNotation(parser, notation.asText(), join(path, "notation"));
                }
                throw JsonFieldException.at(parser, join(path, "type"), "is required (cell or split)");
            }
            return switch (type.isTextual() ? type.asText() : "") {
                case "cell" -> cell(parser, node, path);
                case "split" -> split(parser, node, path, depth);
                default -> throw JsonFieldException.at(parser, join(path, "type"), "must be one of cell, split");
            };
        }

        private LayoutJson cell(JsonParser parser, JsonNode node, String path) throws IOException {
            Opening opening = Opening.FIXED;
            JsonNode openingNode = node.get("opening");
            if (openingNode != null && !openingNode.isNull()) {
                Optional<Opening> parsed = openingNode.isTextual() ? Opening.parse(openingNode.asText())
                        : Optional.empty();
                if (parsed.isEmpty()) {
                    throw JsonFieldException.at(parser, join(path, "opening"), "must be one of " + OPENINGS
                            + " (or its short code such as CL)");
                }
                opening = parsed.get();
            }
            String glassCode = null;
            JsonNode glassNode = node.get("glassCode");
            if (glassNode != null && !glassNode.isNull()) {
                glassCode = text(parser, glassNode, join(path, "glassCode"));
            }
            return new Cell("cell", opening.name(), glassCode, null);
        }

        private LayoutJson split(JsonParser parser, JsonNode node, String path, int depth) throws IOException {
            JsonNode directionNode = node.get("direction");
            if (directionNode == null || directionNode.isNull()) {
                throw JsonFieldException.at(parser, join(path, "direction"), "is required (VERTICAL or HORIZONTAL)");
            }
            Direction direction = directionNode.isTextual() ? direction(directionNode.asText()) : null;
            if (direction == null) {
                throw JsonFieldException.at(parser, join(path, "direction"), "must be one of VERTICAL, HORIZONTAL");
            }
            List<Integer> positions = new ArrayList<>();
            JsonNode positionsNode = node.get("positionsMm");
            if (positionsNode != null && !positionsNode.isNull()) {
                if (!positionsNode.isArray()) {
                    throw JsonFieldException.at(parser, join(path, "positionsMm"), "must be an array");
                }
                for (int i = 0; i < positionsNode.size(); i++) {
                    JsonNode position = positionsNode.get(i);
                    if (!position.isIntegralNumber() || !position.canConvertToInt()) {
                        throw JsonFieldException.at(parser, join(path, "positionsMm") + "[" + i + "]",
                                "must be a whole number of mm");
                    }
                    positions.add(position.intValue());
                }
            }
            JsonNode partsNode = node.get("parts");
            if (partsNode == null || partsNode.isNull()) {
                throw JsonFieldException.at(parser, join(path, "parts"), "is required (at least two layouts)");
            }
            if (!partsNode.isArray()) {
                throw JsonFieldException.at(parser, join(path, "parts"), "must be an array");
            }
            List<LayoutJson> parts = new ArrayList<>();
            for (int i = 0; i < partsNode.size(); i++) {
                String partPath = join(path, "parts") + "[" + i + "]";
                JsonNode part = partsNode.get(i);
                if (part.isNull()) {
                    throw JsonFieldException.at(parser, partPath, "is required");
                }
                if (part.isTextual()) {
                    throw JsonFieldException.at(parser, partPath, "must be an object with \"type\": \"cell\" or "
                            + "\"split\" (only a whole layout may be given as notation)");
                }
                parts.add(read(parser, part, partPath, depth + 1));
            }
            return new Split("split", direction.name(), positions, parts, null);
        }

        private static Direction direction(String text) {
            return Map.of("VERTICAL", Direction.VERTICAL, "HORIZONTAL", Direction.HORIZONTAL).get(text);
        }

        private LayoutJson fromNotation(JsonParser parser, String text, String path) throws IOException {
            String checked = text(parser, textNode(text), path);
            try {
                return LayoutJson.from(LayoutNotation.parse(checked, "layout"));
            } catch (ValidationException e) {
                throw JsonFieldException.at(parser, path, e.errors().get(0).message());
            }
        }

        private static JsonNode textNode(String text) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
        }

        private String text(JsonParser parser, JsonNode node, String path) throws IOException {
            if (!node.isTextual()) {
                throw JsonFieldException.at(parser, path, "must be a string");
            }
            Optional<String> problem = TextRules.problem(node.asText());
            if (problem.isPresent()) {
                throw JsonFieldException.at(parser, path, problem.get());
            }
            return node.asText();
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
