package dev.infradesigner.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the JSON parser's complaints into the loader's own words, with the place. Jackson's messages are
 * written for programmers ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", "[Source:
 * REDACTED]"): a person editing a design by hand needs to know what is wrong in the file, not which parser
 * feature would have let it through.
 */
final class JsonErrors {

    /** The deepest nesting read: a design needs about six levels. */
    static final int MAX_DEPTH = 64;
    /** The longest text value read, in characters: a label takes at most 200, any text 1024. */
    static final int MAX_TEXT_LENGTH = 1_000_000;
    /** The longest number read, in characters. */
    static final int MAX_NUMBER_LENGTH = 1000;
    /** The longest field name read, in characters. */
    static final int MAX_NAME_LENGTH = 10_000;

    private static final String PREFIX = "the file is not valid JSON: ";
    private static final String CHAR = "(?:'(.+?)' \\(code [^)]*\\)|\\(CTRL-CHAR, code \\d+\\))";
    private static final String MARK = "\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)]";

    private record Rule(Pattern pattern, Function<Matcher, String> words) {
    }

    private static final List<Rule> RULES = List.of(
            rule("Unexpected end-of-input: expected close marker for (Array|Object) \\(start marker at " + MARK,
                    m -> "the file ends before the " + what(m.group(1)) + " opened at line " + m.group(2)
                            + ", column " + m.group(3) + " is closed"),
            rule("Unexpected end-of-input.*(?i:string)", m -> "the file ends inside a string"),
            rule("Unexpected end-of-input", m -> "the file ends before the design is complete"),
            rule("Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object) starting at " + MARK,
                    m -> "'" + m.group(1) + "' where the " + what(m.group(3)) + " opened at line " + m.group(4)
                            + ", column " + m.group(5) + " needs '" + m.group(2) + "'"),
            rule("Unexpected close marker '(.)'", m -> "'" + m.group(1) + "' closes nothing"),
            rule("Unexpected character \\(" + CHAR + "\\): was expecting double-quote to start field name",
                    m -> "expected a field name in double quotes, found " + shown(m.group(1))),
            rule("Unexpected character \\(" + CHAR + "\\): was expecting a colon",
                    m -> "expected ':' after the field name, found " + shown(m.group(1))),
            rule("Unexpected character \\(" + CHAR + "\\): was expecting comma to separate (Array|Object)",
                    m -> "expected ',' or '" + (m.group(2).equals("Array") ? "]" : "}") + "' after "
                            + (m.group(2).equals("Array") ? "a list item" : "a field") + ", found "
                            + shown(m.group(1))),
            rule("Unexpected character \\(" + CHAR + "\\): maybe a \\(non-standard\\) comment",
                    m -> "JSON has no comments (found " + shown(m.group(1)) + ")"),
            rule("Unexpected character \\(" + CHAR + "\\)( in numeric value)?.*plus sign",
                    m -> "a number may not start with '+'"),
            rule("Unexpected character \\(" + CHAR + "\\) in numeric value",
                    m -> "a number is malformed at " + shown(m.group(1))),
            rule("Unexpected character \\(" + CHAR + "\\):? ?expected a hex-digit",
                    m -> "a \\u escape needs four hex digits, found " + shown(m.group(1))),
            rule("Unexpected character \\(" + CHAR + "\\)",
                    m -> "expected a value (a string in double quotes, a number, a list, an object, true, false "
                            + "or null), found " + shown(m.group(1))),
            rule("Non-standard token '([^']*)'", m -> m.group(1) + " is not a number JSON allows"),
            rule("Unrecognized token '([^']*)'", m -> "'" + m.group(1) + "' is not a JSON value (text needs "
                    + "double quotes)"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
                    m -> "a string holds the control character " + codePoint(m.group(1)) + "; write it as an "
                            + "escape (\\n, \\t, \\u0001)"),
            rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
                    m -> "the control character " + codePoint(m.group(1)) + " stands between values; only "
                            + "spaces, tabs and line breaks may"),
            rule("Unrecognized character escape " + CHAR,
                    m -> "\\" + m.group(1) + " is not a JSON escape (a backslash itself is written \\\\)"),
            rule("Invalid numeric value: Leading zeroes", m -> "a number may not start with 0 (write 7, not 07)"),
            rule("Invalid numeric value|Numeric value .* out of range", m -> "a number is malformed or out of range"),
            rule("Duplicate field '(.*)'", m -> "the field \"" + JsonFields.shorten(m.group(1))
                    + "\" appears twice in one object"),
            rule("Invalid UTF-8|Invalid UTF-32|Invalid UTF-16|surrogate", m -> "the text is not valid UTF-8 here"));

    private JsonErrors() {
    }

    /** The parser options the loader reads with: its own caps, low enough that no input exhausts memory. */
    static com.fasterxml.jackson.core.StreamReadConstraints constraints() {
        return com.fasterxml.jackson.core.StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_TEXT_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(DesignFiles.MAX_FILE_BYTES)
                .build();
    }

    /** The problem {@code e} describes, placed where the parser stopped. */
    static LoadProblem problem(IOException e, JsonParser parser) {
        JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                && p.getLocation().getLineNr() > 0 ? p.getLocation() : parser.currentLocation();
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        if (e instanceof StreamConstraintsException) {
            String message = limit(e.getMessage());
            // Too deep is found just after the bracket that opens one level too many: point at that bracket.
            boolean bracket = message.startsWith("the file nests") && column > 1;
            return new LoadProblem("", message, line, bracket ? column - 1 : column);
        }
        String original = e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getOriginalMessage()
                : e.getMessage();
        return new LoadProblem("", PREFIX + words(original), line, column);
    }

    /** The message for a read limit reached. */
    private static String limit(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Document nesting depth")) {
            return "the file nests deeper than " + MAX_DEPTH + " levels (a design needs about six)";
        }
        if (m.startsWith("String value length")) {
            return "a text is longer than " + MAX_TEXT_LENGTH + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "a number is longer than " + MAX_NUMBER_LENGTH + " digits";
        }
        if (m.startsWith("Name length")) {
            return "a field name is longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (m.startsWith("Document length")) {
            return "the file is longer than " + DesignFiles.MAX_FILE_BYTES / (1024 * 1024) + " MB";
        }
        return "the file goes past a limit of the reader";
    }

    /** {@code original} in the loader's words; unknown messages lose their source and advice. */
    static String words(String original) {
        String message = original == null ? "" : original.replace('\n', ' ');
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message);
            if (m.find()) {
                return rule.words().apply(m);
            }
        }
        String cleaned = message
                .replaceAll(MARK, "line $1, column $2")
                .replaceAll("\\s*\\[Source: [^\\]]*]", "")
                .replaceAll("\\s*at \\[Source.*$", "")
                .replaceAll("[:;,]?\\s*(enable|use|set|maybe|not recognized|from)\\b.*`.*$", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\s+", " ")
                .trim();
        if (cleaned.isEmpty()) {
            return "unreadable content";
        }
        return cleaned.length() > 200 ? cleaned.substring(0, 197) + "..." : cleaned;
    }

    private static Rule rule(String regex, Function<Matcher, String> words) {
        return new Rule(Pattern.compile(regex), words);
    }

    private static String what(String jacksonName) {
        return jacksonName.equals("Array") ? "list" : "object";
    }

    private static String shown(String character) {
        if (character == null) {
            return "a control character";
        }
        if (character.equals("'")) {
            return "a single quote (JSON text takes double quotes)";
        }
        if (character.length() == 1 && Character.isISOControl(character.charAt(0))) {
            return codePoint(String.valueOf((int) character.charAt(0)));
        }
        return "'" + character + "'";
    }

    private static String codePoint(String decimal) {
        return String.format("U+%04X", Integer.parseInt(decimal));
    }
}
