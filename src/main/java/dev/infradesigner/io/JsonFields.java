package dev.infradesigner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.infradesigner.model.Keyed;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, path-aware reads from one JSON object. Every wrong type, missing field or unknown field becomes
 * a {@link LoadProblem} naming its path; a read that fails returns {@code null} so the caller can go on
 * and report every problem in one pass.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final ProblemSink problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final int problemsBefore;
    private String noFields = "this object takes no fields";

    private JsonFields(JsonNode node, String path, ProblemSink problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.problemsBefore = problems.count();
    }

    /** Fields of {@code node}, or {@code null} (reported) when it is not an object. */
    static JsonFields of(JsonNode node, String path, ProblemSink problems) {
        if (node == null || !node.isObject()) {
            problems.add(path, "expected an object, found " + describe(node));
            return null;
        }
        return new JsonFields(node, path, problems);
    }

    ProblemSink problems() {
        return problems;
    }

    /** Whether any problem was found since this object's reading began, in it or in what it holds. */
    boolean hasProblems() {
        return problems.count() != problemsBefore;
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        known.add(field);
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The raw value of a field, or {@code null} when absent. */
    JsonNode raw(String field) {
        known.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    String text(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            wrongType(field, "a string", value);
            return null;
        }
        return value.textValue();
    }

    Integer integer(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            wrongType(field, "a whole number", value);
            return null;
        }
        if (!value.canConvertToInt()) {
            problems.add(pathOf(field), shorten(value.asText()) + " is far too large");
            return null;
        }
        return value.intValue();
    }

    Double number(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            wrongType(field, "a number", value);
            return null;
        }
        return value.doubleValue();
    }

    Boolean bool(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            wrongType(field, "true or false", value);
            return null;
        }
        return value.booleanValue();
    }

    <E extends Enum<E> & Keyed> E choice(String field, Class<E> type, boolean required) {
        return choice(field, key -> Keyed.parse(type, key), Keyed.keys(type), required);
    }

    /** A choice among named values: {@code parse} finds one by key; {@code keys} lists them for the problem. */
    <T> T choice(String field, Function<String, Optional<T>> parse, String keys, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        T parsed = parse.apply(text).orElse(null);
        if (parsed == null) {
            problems.add(pathOf(field), "\"" + shorten(text) + "\" is not one of: " + keys);
        }
        return parsed;
    }

    /** The elements of an array field, or {@code null} (reported when required) when absent or not an array. */
    List<JsonNode> array(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(field, "a list", value);
            return null;
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    /** What an unknown field is told when this object reads no fields at all, instead of an empty list. */
    void whenNoFields(String meaning) {
        noFields = meaning;
    }

    /** Reports every field this object has that no read asked for. */
    void rejectUnknown() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(pathOf(shorten(name)), known.isEmpty() ? "unknown field (" + noFields + ")"
                        : "unknown field (expected one of: " + String.join(", ", known) + ")");
            }
        }
    }

    private JsonNode value(String field, boolean required) {
        known.add(field);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(pathOf(field), "is missing");
            }
            return null;
        }
        return value;
    }

    private void wrongType(String field, String expected, JsonNode found) {
        problems.add(pathOf(field), "expected " + expected + ", found " + describe(found));
    }

    static String describe(JsonNode node) {
        if (node == null || node.getNodeType() == JsonNodeType.MISSING) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + shorten(node.textValue()) + "\"";
            case NUMBER -> "the number " + shorten(node.asText());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    static String shorten(String text) {
        StringBuilder shown = new StringBuilder();
        int limit = Math.min(text.length(), 60);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) ? '?' : c);
        }
        return text.length() > 60 ? shown + "..." : shown.toString();
    }
}
