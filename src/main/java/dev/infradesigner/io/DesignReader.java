package dev.infradesigner.io;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Checks;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.Settings;
import dev.infradesigner.model.Suppression;
import dev.infradesigner.model.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a design from the bytes of a {@code .infra} file.
 *
 * <p>The top level is streamed; each component and link is read as a small tree and mapped at once, so
 * memory stays near the size of the design itself and every problem can name the line where its element
 * starts. Loading yields a whole design or a {@link DesignLoadException} listing every problem: nothing
 * in between.
 */
public final class DesignReader {

    /** The size of a card without one in the file: a new card's size on the canvas (a test holds them equal). */
    static final double CARD_WIDTH = 168;
    static final double CARD_HEIGHT = 56;
    /** The size of a server without one in the file, the same way; Tidy Up fits it to what it hosts. */
    static final double SERVER_WIDTH = 200;
    static final double SERVER_HEIGHT = 128;

    /** The most components, or links, a file may list: ten times the largest design anyone draws. */
    static final int MAX_LIST_ITEMS = 1_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .streamReadConstraints(JsonErrors.constraints())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .build();
    private static final Pattern INDEXED = Pattern.compile("^(components|links)\\[(\\d+)]");

    /** Reads a design; {@code bytes} are the whole file, UTF-8 JSON. */
    public Design read(byte[] bytes) throws DesignLoadException {
        if (isBlank(bytes)) {
            throw new DesignLoadException(List.of(new LoadProblem("", "the file is empty; a design is a JSON object "
                    + "starting with {\"format\": \"" + FormatVersion.FORMAT + "\", ...}", 1, 1)));
        }
        StrictUtf8.check(bytes);
        Session session = new Session();
        try (BoundedParser parser = new BoundedParser(MAPPER.createParser(bytes))) {
            try {
                return session.read(parser);
            } catch (BoundedParser.LimitExceeded e) {
                throw new DesignLoadException(List.of(e.problem()));
            } catch (IOException e) {
                throw new DesignLoadException(List.of(JsonErrors.problem(e, parser)));
            }
        } catch (IOException e) {
            // Opening or closing a parser over bytes already checked: not expected, still said plainly.
            throw new DesignLoadException(List.of(new LoadProblem("", "the file is not readable as UTF-8 JSON: "
                    + JsonErrors.words(e.getMessage()), 1, 1)));
        }
    }

    /** Whether the file holds nothing but white space, after a byte order mark if it starts with one. */
    private static boolean isBlank(byte[] bytes) {
        int start = StrictUtf8.hasByteOrderMark(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The state of one read. */
    private static final class Session {

        private final ProblemSink problems = new ProblemSink();
        private final SettingsReader settingsReader = new SettingsReader(problems);
        private final List<Component> components = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final Places componentPlaces = new Places();
        private final Places linkPlaces = new Places();
        /** Where each top-level field's name stands, so problems found after reading can still say where. */
        private final Map<String, int[]> fieldPlaces = new HashMap<>();
        private int[] start;
        private String format;
        private Integer version;
        private String name;
        private List<Suppression> suppressions = List.of();
        private Double availabilityTarget;

        Design read(BoundedParser parser) throws IOException, DesignLoadException {
            JsonToken first = parser.nextToken();
            start = place(parser);
            if (first != JsonToken.START_OBJECT) {
                throw new DesignLoadException(List.of(new LoadProblem("", "expected a JSON object ({...}) with "
                        + "\"format\": \"" + FormatVersion.FORMAT + "\", found " + describe(first), start[0],
                        start[1])));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int[] at = place(parser);
                fieldPlaces.putIfAbsent(field, at);
                problems.at(at[0], at[1]);
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format" -> format = topText(parser, value, "format");
                    case "version" -> version = topVersion(parser, value);
                    case "name" -> name = topText(parser, value, "name");
                    case "components" -> readArray(parser, value, "components", componentPlaces, this::component,
                            components);
                    case "suppressions" -> suppressions = topSuppressions(parser);
                    case "availabilityTarget" -> availabilityTarget = topShare(parser, value, "availabilityTarget");
                    case "links" -> readArray(parser, value, "links", linkPlaces, this::link, links);
                    default -> {
                        problems.add(JsonFields.shorten(field), "unknown field (expected format, version, name, "
                                + "availabilityTarget, suppressions, components, links)");
                        parser.skipChildren();
                    }
                }
            }
            if (parser.nextToken() != null) {
                int[] at = place(parser);
                throw new DesignLoadException(List.of(new LoadProblem("", "unexpected content after the design's "
                        + "closing brace", at[0], at[1])));
            }
            checkHeader();
            if (!problems.isEmpty()) {
                throw new DesignLoadException(problems.all());
            }
            try {
                return new Design(name, components, links, suppressions, availabilityTarget);
            } catch (InvalidDesignException e) {
                throw new DesignLoadException(e.violations().stream().map(this::placed).toList());
            }
        }

        private static int[] place(JsonParser parser) {
            JsonLocation at = parser.currentTokenLocation();
            return new int[] {Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())};
        }

        /** Reports at the field's place, or at the design's opening brace when the field is absent. */
        private void atField(String field) {
            int[] at = fieldPlaces.getOrDefault(field, start);
            problems.at(at[0], at[1]);
        }

        /** Checks the header fields; a field present but wrong was reported as read, not again as missing. */
        private void checkHeader() throws DesignLoadException {
            atField("version");
            if (version != null && version > FormatVersion.CURRENT) {
                int[] at = fieldPlaces.get("version");
                throw new DesignLoadException(List.of(new LoadProblem("", "made by a newer Infra Designer (format "
                        + version + "); this version reads format " + FormatVersion.CURRENT, at[0], at[1])));
            }
            atField("format");
            if (!fieldPlaces.containsKey("format")) {
                problems.add("format", "is missing; a design file starts with {\"format\": \""
                        + FormatVersion.FORMAT + "\", \"version\": " + FormatVersion.CURRENT + ", ...}");
            } else if (format != null && !format.equals(FormatVersion.FORMAT)) {
                problems.add("format", "\"" + JsonFields.shorten(format) + "\" is not an Infra Designer design "
                        + "(expected \"" + FormatVersion.FORMAT + "\")");
            }
            atField("version");
            if (!fieldPlaces.containsKey("version")) {
                problems.add("version", "is missing (this version reads format " + FormatVersion.CURRENT + ")");
            } else if (version != null && version < 1) {
                problems.add("version", version + " is not a format version (the first is 1)");
            }
            for (String field : List.of("name", "components", "links")) {
                atField(field);
                if (!fieldPlaces.containsKey(field)) {
                    problems.add(field, field.equals("name") ? "is missing" : "is missing (use [] for none)");
                }
            }
        }

        private LoadProblem placed(Violation v) {
            Matcher m = INDEXED.matcher(v.path());
            if (m.find()) {
                Places places = m.group(1).equals("components") ? componentPlaces : linkPlaces;
                int index = Integer.parseInt(m.group(2));
                if (index < places.size()) {
                    return new LoadProblem(v.path(), v.message(), places.line(index), places.column(index));
                }
            }
            String field = v.path().split("[.\\[]", 2)[0];
            int[] at = fieldPlaces.getOrDefault(field, start);
            return new LoadProblem(v.path(), v.message(), at[0], at[1]);
        }

        private String topText(JsonParser parser, JsonToken value, String field) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                try {
                    return field.equals("name") ? Checks.label("name", text) : text;
                } catch (InvalidDesignException e) {
                    problems.add("name", e.violations().get(0).message());
                    return null;
                }
            }
            problems.add(field, "expected a string, found " + describe(value));
            parser.skipChildren();
            return null;
        }

        private List<Suppression> topSuppressions(BoundedParser parser) throws IOException {
            com.fasterxml.jackson.databind.node.ObjectNode holder = com.fasterxml.jackson.databind.node.JsonNodeFactory
                    .instance.objectNode();
            parser.startElement("suppressions");
            holder.set("suppressions", parser.readValueAsTree());
            parser.endElement();
            JsonFields f = JsonFields.of(holder, "", problems);
            List<Suppression> read = settingsReader.suppressions(f);
            return read == null ? List.of() : read;
        }

        /** A share between 0 and 1, exclusive (the design's availability target, 0.9995 for 99.95%). */
        private Double topShare(JsonParser parser, JsonToken value, String field) throws IOException {
            if (value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT) {
                double share = parser.getDoubleValue();
                if (share > 0 && share < 1) {
                    return share;
                }
                problems.add(field, "must be between 0 and 1, exclusive (0.9995 is 99.95%), not " + parser.getText());
                return null;
            }
            problems.add(field, "expected a number between 0 and 1, found " + describe(value));
            parser.skipChildren();
            return null;
        }

        private Integer topVersion(JsonParser parser, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            problems.add("version", "expected a whole number, found " + describe(value));
            parser.skipChildren();
            return null;
        }

        /**
         * Streams a top-level list, one element tree at a time. The list's length is capped, and so is each
         * tree ({@link BoundedParser}): memory stays near the size of the design whatever the file holds.
         */
        private <T> void readArray(BoundedParser parser, JsonToken value, String field, Places places,
                BiFunction<JsonNode, String, T> mapper, List<T> into) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                problems.add(field, "expected a list, found " + describe(value));
                parser.skipChildren();
                return;
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int[] at = place(parser);
                if (index == MAX_LIST_ITEMS) {
                    throw new BoundedParser.LimitExceeded(new LoadProblem(field, "more than " + MAX_LIST_ITEMS
                            + " items in the list; no design comes near this", at[0], at[1]));
                }
                places.add(at[0], at[1]);
                problems.at(at[0], at[1]);
                String path = field + "[" + index + "]";
                parser.startElement(path);
                JsonNode node = parser.readValueAsTree();
                parser.endElement();
                T mapped = mapper.apply(node, path);
                if (mapped != null) {
                    into.add(mapped);
                }
                index++;
            }
        }

        private Component component(JsonNode node, String path) {
            JsonFields f = JsonFields.of(node, path, problems);
            if (f == null) {
                return null;
            }
            String id = f.text("id", true);
            ComponentKind kind = f.choice("kind", ComponentKind::parse, ComponentKind.keys(), true);
            String label = f.text("label", true);
            String host = f.text("host", false);
            // Geometry is optional: a generated or imported design may have none, and is laid out when opened.
            Double x = orElse(f.number("x", false), 0);
            Double y = orElse(f.number("y", false), 0);
            boolean server = kind == ComponentKind.SERVER;
            Double width = orElse(f.number("width", false), server ? SERVER_WIDTH : CARD_WIDTH);
            Double height = orElse(f.number("height", false), server ? SERVER_HEIGHT : CARD_HEIGHT);
            Settings settings = kind == null ? null : settingsReader.read(kind, f.raw("settings"),
                    f.pathOf("settings"));
            List<Suppression> suppressions = settingsReader.suppressions(f);
            if (kind == null) {
                f.raw("settings");
            }
            return SettingsReader.build(f, () -> new Component(id, label, host, new Bounds(x, y, width, height),
                    settings, suppressions));
        }

        private Link link(JsonNode node, String path) {
            JsonFields f = JsonFields.of(node, path, problems);
            if (f == null) {
                return null;
            }
            String id = f.text("id", true);
            String from = f.text("from", true);
            String to = f.text("to", true);
            Protocol protocol = f.choice("protocol", Protocol.class, true);
            Integer port = f.integer("port", false);
            Access access = f.choice("access", Access.class, false);
            Boolean standby = f.bool("standby", false);
            List<Point> waypoints = Waypoints.read(f, problems);
            return SettingsReader.build(f, () -> new Link(id, from, to, protocol,
                    port != null ? port : protocol.defaultPort(), access != null ? access : Access.READ_WRITE,
                    standby != null && standby, waypoints));
        }

        private static String describe(JsonToken token) {
            if (token == null) {
                return "the end of the file";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                case VALUE_NULL -> "null";
                default -> token.asString() == null ? token.name().toLowerCase() : token.asString();
            };
        }
    }

    private static Double orElse(Double value, double otherwise) {
        return value != null ? value : otherwise;
    }
}
