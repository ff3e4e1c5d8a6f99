package com.wqs.adapter.web.openapi;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wqs.adapter.web.api.dto.Description;
import com.wqs.adapter.web.api.dto.EnumNames;
import com.wqs.adapter.web.api.dto.MaxLength;
import com.wqs.domain.shared.TextLimits;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OpenAPI schemas of the API's DTO records, read from their components, so the document always
 * describes the fields the server really sends and reads. Decimal values are strings ({@code "12.50"}).
 */
final class SchemaRegistry {
    private static final String DISCRIMINATOR = "type";
    /**
     * The string properties that hold a record's UUID. Other names ending in {@code Id} are not UUIDs: a
     * customer's {@code taxId} is free text, a cut list's {@code offcutId} the saw sheet's {@code OC-17}.
     */
    private static final Set<String> UUID_PROPERTIES = Set.of("id", "customerId", "ownerId", "quoteId",
            "quoteOwnerId", "userId", "workOrderId");

    private final ObjectMapper mapper;
    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    SchemaRegistry(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A {@code $ref} to the record's schema, registering it (and the records it uses) on first sight. */
    ObjectNode ref(Class<?> record) {
        String name = nameOf(record);
        if (!schemas.containsKey(name)) {
            ObjectNode schema = mapper.createObjectNode();
            schemas.put(name, schema);
            if (record.isSealed() && record.isInterface()) {
                fillOneOf(schema, record);
            } else {
                fill(schema, record);
            }
        }
        return mapper.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    ObjectNode schemaOf(Type type, String propertyName) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = mapper.createObjectNode().put("type", "array");
                array.set("items", schemaOf(args[0], propertyName));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode object = mapper.createObjectNode().put("type", "object");
                object.set("additionalProperties", schemaOf(args[1], propertyName));
                return object;
            }
            throw new IllegalArgumentException("unsupported generic type " + type);
        }
        Class<?> c = (Class<?>) type;
        ObjectNode schema = mapper.createObjectNode();
        if (c == String.class) {
            schema.put("type", "string");
            if (UUID_PROPERTIES.contains(propertyName)) {
                schema.put("format", "uuid").put("maxLength", TextLimits.ID);
            }
        } else if (c == int.class || c == Integer.class) {
            schema.put("type", "integer").put("format", "int32");
        } else if (c == long.class || c == Long.class) {
            schema.put("type", "integer").put("format", "int64");
        } else if (c == boolean.class || c == Boolean.class) {
            schema.put("type", "boolean");
        } else if (c == BigDecimal.class) {
            schema.put("type", "string").put("format", "decimal").put("example", "12.50");
        } else if (c == Instant.class) {
            schema.put("type", "string").put("format", "date-time");
        } else if (c == LocalDate.class) {
            schema.put("type", "string").put("format", "date");
        } else if (c.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (c.isRecord() || (c.isInterface() && c.isSealed())) {
            return ref(c);
        } else {
            throw new IllegalArgumentException("no OpenAPI schema for " + c.getName());
        }
        return schema;
    }

    Map<String, ? extends JsonNode> all() {
        return schemas;
    }

    private void fill(ObjectNode schema, Class<?> record) {
        schema.put("type", "object");
        Description about = record.getAnnotation(Description.class);
        if (about != null) {
            schema.put("description", about.value());
        }
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = mapper.createArrayNode();
        JsonTypeName typeName = record.getAnnotation(JsonTypeName.class);
        for (RecordComponent component : record.getRecordComponents()) {
            ObjectNode property = schemaOf(component.getGenericType(), component.getName());
            EnumNames names = component.getAnnotation(EnumNames.class);
            if (names != null) {
                ArrayNode values = property.putArray("enum");
                for (Enum<?> constant : names.value().getEnumConstants()) {
                    values.add(constant.name());
                }
            }
            if (typeName != null && component.getName().equals(DISCRIMINATOR)) {
                property.putArray("enum").add(typeName.value());
                required.add(component.getName());
            }
            MaxLength maxLength = component.getAnnotation(MaxLength.class);
            if (maxLength != null) {
                (property.has("items") ? (ObjectNode) property.get("items") : property).put("maxLength",
                        maxLength.value());
            }
            Description description = component.getAnnotation(Description.class);
            properties.set(component.getName(), description == null ? property : described(property, description));
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
    }

    /** OpenAPI 3.0 ignores the siblings of a {@code $ref}, so a described reference is wrapped in {@code allOf}. */
    private ObjectNode described(ObjectNode property, Description description) {
        if (!property.has("$ref")) {
            return property.put("description", description.value());
        }
        ObjectNode wrapper = mapper.createObjectNode();
        wrapper.putArray("allOf").add(property);
        return wrapper.put("description", description.value());
    }

    /**
     * A sealed interface of records told apart by their {@code type} ({@link JsonTypeName}): {@code oneOf}
     * the records with a discriminator, and the interface's own description ({@link Description}).
     */
    private void fillOneOf(ObjectNode schema, Class<?> sealed) {
        ArrayNode oneOf = schema.putArray("oneOf");
        ObjectNode discriminator = schema.putObject("discriminator").put("propertyName", DISCRIMINATOR);
        ObjectNode mapping = discriminator.putObject("mapping");
        for (Class<?> subtype : sealed.getPermittedSubclasses()) {
            ObjectNode ref = ref(subtype);
            oneOf.add(ref);
            JsonTypeName typeName = subtype.getAnnotation(JsonTypeName.class);
            if (typeName == null) {
                throw new IllegalArgumentException(subtype.getName() + " needs @JsonTypeName for the discriminator");
            }
            mapping.put(typeName.value(), ref.get("$ref").asText());
        }
        Description description = sealed.getAnnotation(Description.class);
        if (description != null) {
            schema.put("description", description.value());
        }
    }

    private static String nameOf(Class<?> record) {
        Class<?> enclosing = record.getEnclosingClass();
        return enclosing == null ? record.getSimpleName() : enclosing.getSimpleName() + "." + record.getSimpleName();
    }
}
