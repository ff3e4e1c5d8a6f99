package com.wqs.adapter.web.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Edits a JSON document at a path ({@code ["lines", 0, "widthMm"]}), putting raw JSON text there so values
 * Jackson would not write itself (1e309, 20-digit integers, escaped lone surrogates) can be placed.
 */
final class JsonMutations {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PLACEHOLDER = "__wqs_raw_value__";

    private JsonMutations() {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every node below the root, parents before children. */
    static List<List<Object>> paths(JsonNode root) {
        List<List<Object>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonNode node, List<Object> at, List<List<Object>> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                descend(child.getValue(), at, child.getKey(), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                descend(node.get(i), at, i, paths);
            }
        }
    }

    private static void descend(JsonNode child, List<Object> at, Object segment, List<List<Object>> paths) {
        List<Object> path = new ArrayList<>(at);
        path.add(segment);
        paths.add(List.copyOf(path));
        collect(child, path, paths);
    }

    /** The API's name of the field at {@code path}: {@code lines[0].widthMm}, {@code colourCosts.WHITE}. */
    static String fieldName(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(segment);
            }
        }
        return name.toString();
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object segment : path) {
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** {@code json} with the value at {@code path} replaced by the JSON text {@code raw}. */
    static String replace(String json, List<Object> path, String raw) {
        JsonNode root = parse(json);
        set(root, path, TextNode.valueOf(PLACEHOLDER));
        return write(root).replace("\"" + PLACEHOLDER + "\"", raw);
    }

    /** {@code json} without the member at {@code path} (an array element becomes null). */
    static String remove(String json, List<Object> path) {
        JsonNode root = parse(json);
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array) {
            array.set((int) (Integer) last, (JsonNode) null);
        }
        return write(root);
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((int) (Integer) last, value);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON text of a string value. */
    static String quoted(String text) {
        return write(TextNode.valueOf(text));
    }
}
