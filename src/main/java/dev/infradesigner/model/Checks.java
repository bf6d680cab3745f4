package dev.infradesigner.model;

import java.util.regex.Pattern;

/**
 * The syntax rules for what people type into a design: ids, labels, ports, addresses, host names and
 * paths. Each check throws an {@link InvalidDesignException} naming the field, so that records can call
 * them from their constructors and callers see exactly which value is wrong.
 */
public final class Checks {

    /** The longest label accepted; longer ones do not fit on a canvas and only hide mistakes. */
    public static final int MAX_LABEL_LENGTH = 200;

    /** The longest free-text setting (paths, versions, runtimes). */
    public static final int MAX_TEXT_LENGTH = 1024;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,2}");

    private Checks() {
    }

    /** An id: a letter, then up to 63 letters, digits, {@code _ . -}. */
    public static String id(String field, String value) {
        present(field, value);
        if (!ID.matcher(value).matches()) {
            throw InvalidDesignException.of(field, quote(value)
                    + " is not a valid id (a letter, then up to 63 letters, digits, '_', '.' or '-')");
        }
        return value;
    }

    /** A label: any printable text up to {@value #MAX_LABEL_LENGTH} characters. */
    public static String label(String field, String value) {
        return text(field, value, MAX_LABEL_LENGTH);
    }

    /** Free text without control characters, at most {@code max} characters. */
    public static String text(String field, String value, int max) {
        present(field, value);
        if (value.length() > max) {
            throw InvalidDesignException.of(field, "is " + value.length() + " characters long; at most " + max
                    + " are allowed");
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Character.isISOControl(cp)) {
                throw InvalidDesignException.of(field, "contains a control character (U+" + hex(cp) + ")");
            }
            if (Character.getType(cp) == Character.SURROGATE) {
                throw InvalidDesignException.of(field, "contains half of a character (a lone surrogate, U+"
                        + hex(cp) + "), which no UTF-8 file can hold");
            }
            if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
                throw InvalidDesignException.of(field, "contains U+" + hex(cp) + ", a noncharacter, which is not text");
            }
            i += Character.charCount(cp);
        }
        return value;
    }

    private static String hex(int cp) {
        return String.format("%04X", cp);
    }

    /** A whole number from {@code min} to {@code max}, such as a count of ports. */
    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw InvalidDesignException.of(field, value + " is not between " + min + " and " + max);
        }
        return value;
    }

    /** A TCP or UDP port, 1 to 65535. */
    public static int port(String field, int value) {
        if (value < 1 || value > 65535) {
            throw InvalidDesignException.of(field, value + " is not a port (1-65535)");
        }
        return value;
    }

    /** An IPv4 or IPv6 address literal. */
    public static String ipAddress(String field, String value) {
        present(field, value);
        if (!isIpv4(value) && !isIpv6(value)) {
            throw InvalidDesignException.of(field, quote(value) + " is not an IPv4 or IPv6 address");
        }
        return value;
    }

    /** {@code any}, an IP address or a network in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    public static String source(String field, String value) {
        present(field, value);
        if (value.equals("any") || isIpv4(value) || isIpv6(value)) {
            return value;
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            String address = value.substring(0, slash);
            String bits = value.substring(slash + 1);
            int max = isIpv4(address) ? 32 : isIpv6(address) ? 128 : -1;
            if (max > 0 && bits.matches("[0-9]{1,3}") && Integer.parseInt(bits) <= max) {
                return value;
            }
        }
        throw InvalidDesignException.of(field, quote(value)
                + " is not a source (any, an IP address or a network such as 10.0.0.0/8)");
    }

    /** A host name as RFC 1123 allows: dot-separated labels of letters, digits and inner hyphens. */
    public static String hostname(String field, String value) {
        present(field, value);
        if (!isHostname(value)) {
            throw InvalidDesignException.of(field, quote(value)
                    + " is not a valid host name (letters, digits and '-', labels separated by '.')");
        }
        return value;
    }

    /**
     * The characters a path may not hold because some daemon's config syntax gives them a meaning: quotes
     * (HAProxy quotes mid-word), {@code $} (an Nginx variable), {@code ;}, {@code #}, braces, backslash.
     */
    private static final String PATH_SPECIALS = "\"'`$;#{}\\";

    /** An absolute path without spaces, control characters or config syntax, fit for a config file. */
    public static String absolutePath(String field, String value) {
        text(field, value, MAX_TEXT_LENGTH);
        if (!value.startsWith("/") || value.chars().anyMatch(c -> Character.isWhitespace(c)
                || PATH_SPECIALS.indexOf(c) >= 0)) {
            throw InvalidDesignException.of(field, quote(value) + " is not an absolute path without spaces or"
                    + " any of " + PATH_SPECIALS.chars().mapToObj(c -> String.valueOf((char) c))
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
        return value;
    }

    public static boolean isHostname(String value) {
        if (value == null || value.isEmpty() || value.length() > 253) {
            return false;
        }
        String trimmed = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (trimmed.isEmpty()) {
            return false;
        }
        for (String part : trimmed.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIpv4(String value) {
        if (value == null) {
            return false;
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!DECIMAL.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIpv6(String value) {
        if (value == null || value.length() < 2 || value.length() > 45) {
            return false;
        }
        int doubleColon = value.indexOf("::");
        if (doubleColon >= 0 && value.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        int groups;
        if (doubleColon >= 0) {
            String head = value.substring(0, doubleColon);
            String tail = value.substring(doubleColon + 2);
            int headGroups = countGroups(head, false);
            int tailGroups = countGroups(tail, true);
            if (headGroups < 0 || tailGroups < 0) {
                return false;
            }
            groups = headGroups + tailGroups;
            return groups <= 7;
        }
        groups = countGroups(value, true);
        return groups == 8;
    }

    /** Counts 16-bit groups in a colon-separated run (an IPv4 tail counts two), or -1 when malformed. */
    private static int countGroups(String run, boolean ipv4TailAllowed) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        int groups = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (last && ipv4TailAllowed && part.contains(".")) {
                if (!isIpv4(part)) {
                    return -1;
                }
                groups += 2;
            } else if (HEX_GROUP.matcher(part).matches()) {
                groups++;
            } else {
                return -1;
            }
        }
        return groups;
    }

    private static void present(String field, String value) {
        if (value == null) {
            throw InvalidDesignException.of(field, "is missing");
        }
        if (value.isBlank()) {
            throw InvalidDesignException.of(field, "is empty");
        }
    }

    private static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "\"" + shown + "\"";
    }
}
