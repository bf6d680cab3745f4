package dev.infradesigner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Corruptions of a design file aimed at the loader's defences rather than at its grammar: encodings, byte
 * sequences that decode to something else, surrogates and noncharacters, hosting cycles, nesting a hundred
 * thousand deep, floods of elements, and unusual but valid text. {@link #loads} says which may yield a
 * design, so a fuzz run can check that each class both loads and is refused where both can happen.
 */
enum HostileMutation {
    BYTE_ORDER_MARK(true) {
        @Override
        byte[] apply(byte[] in, Random r) {
            // One mark is allowed; a second is U+FEFF before the design, which is not JSON.
            return concat(r.nextInt(3) == 0 ? bom(bom(in)) : bom(in));
        }
    },
    UTF_16(false) {
        @Override
        byte[] apply(byte[] in, Random r) {
            String charset = pick(r, "UTF-16LE", "UTF-16BE", "UTF-16");
            return text(in).getBytes(Charset.forName(charset));
        }
    },
    UTF_32(false) {
        @Override
        byte[] apply(byte[] in, Random r) {
            String charset = pick(r, "UTF-32LE", "UTF-32BE", "UTF-32");
            byte[] out = text(in).getBytes(Charset.forName(charset));
            return r.nextBoolean() ? out : concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, out);
        }
    },
    OVERLONG_UTF8(false) {
        @Override
        byte[] apply(byte[] in, Random r) {
            // Overlong forms of '/', '"', '\' and NUL: a lenient decoder turns them into those characters.
            int[] bytes = pick(r, new int[] {0xC0, 0xAF}, new int[] {0xE0, 0x80, 0xAF}, new int[] {0xF0, 0x80, 0x80, 0xAF},
                    new int[] {0xC0, 0xA2}, new int[] {0xC1, 0x9C}, new int[] {0xC0, 0x80});
            return insertInString(in, r, bytes);
        }
    },
    INVALID_UTF8(false) {
        @Override
        byte[] apply(byte[] in, Random r) {
            int[] bytes = pick(r, new int[] {0x80}, new int[] {0xBF}, new int[] {0xE2, 0x82}, new int[] {0xF5, 0x80,
                0x80, 0x80}, new int[] {0xF4, 0x90, 0x80, 0x80}, new int[] {0xFF}, new int[] {0xFE}, new int[] {0xC3});
            return r.nextInt(4) == 0 ? concat(in, toBytes(bytes)) : insertInString(in, r, bytes);
        }
    },
    LONE_SURROGATE_BYTES(false) {
        @Override
        byte[] apply(byte[] in, Random r) {
            int[] bytes = pick(r, new int[] {0xED, 0xA0, 0x80}, new int[] {0xED, 0xBF, 0xBF},
                    new int[] {0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80});
            return insertInString(in, r, bytes);
        }
    },
    LONE_SURROGATE_ESCAPE(true) {
        @Override
        byte[] apply(byte[] in, Random r) {
            // Lone halves are refused; a whole pair, written as two escapes, is a character like any other.
            String escape = pick(r, "\\ud800", "\\udfff", "\\udc00\\ud800", "x\\ud83d", "\\ude80y", "\\ud83d\\ude80",
                    "\\uD83D\\uDE00");
            return setText(in, r, escape);
        }
    },
    NONCHARACTER(false) {
        @Override
        byte[] apply(byte[] in, Random r) {
            if (r.nextBoolean()) {
                return setText(in, r, pick(r, "\\uffff", "\\ufffe", "\\ufdd0", "\\ud83f\\udfff"));
            }
            return insertInString(in, r, pick(r, new int[] {0xEF, 0xBF, 0xBE}, new int[] {0xEF, 0xBF, 0xBF},
                    new int[] {0xEF, 0xB7, 0x90}, new int[] {0xF0, 0x9F, 0xBF, 0xBF}));
        }
    },
    HOSTING_CYCLE(true) {
        @Override
        byte[] apply(byte[] in, Random r) {
            ObjectNode root = tree(in);
            List<ObjectNode> components = new ArrayList<>();
            root.get("components").forEach(c -> components.add((ObjectNode) c));
            ObjectNode a = components.get(r.nextInt(components.size()));
            ObjectNode b = components.get(r.nextInt(components.size()));
            switch (r.nextInt(4)) {
                case 0 -> a.put("host", a.get("id").asText()); // hosted on itself
                case 1 -> {
                    a.put("host", b.get("id").asText());
                    b.put("host", a.get("id").asText()); // each hosts the other
                }
                case 2 -> a.put("host", b.get("id").asText()); // on any component, a server or not
                default -> {
                    // On another server: a move, which may well be valid.
                    List<String> servers = components.stream().filter(c -> c.get("kind").asText().equals("server"))
                            .map(c -> c.get("id").asText()).toList();
                    a.put("host", servers.isEmpty() ? "nowhere" : pick(r, servers.toArray(String[]::new)));
                }
            }
            return bytes(root);
        }
    },
    DEEP_NESTING(false) {
        @Override
        byte[] apply(byte[] in, Random r) {
            String open = r.nextBoolean() ? "[" : "{\"a\":";
            int depth = 65 + r.nextInt(2) * 99_935; // just over the cap, or 100,000
            String json = text(in);
            int at = json.indexOf("\"settings\": ") + 12;
            String close = open.equals("[") ? "]" : "}";
            String deep = open.repeat(depth) + (open.equals("[") ? "" : "1") + close.repeat(depth);
            return (json.substring(0, at) + deep + json.substring(at)).getBytes(StandardCharsets.UTF_8);
        }
    },
    ELEMENT_FLOOD(true) {
        @Override
        byte[] apply(byte[] in, Random r) {
            ObjectNode root = tree(in);
            ArrayNode components = (ArrayNode) root.get("components");
            switch (r.nextInt(4)) {
                case 0, 1 -> {
                    // Copies with ids and labels of their own: a bigger design, still valid.
                    JsonNode users = null;
                    for (JsonNode c : components) {
                        users = c.get("kind").asText().equals("users") ? c : users;
                    }
                    for (int i = 0, n = 1 + r.nextInt(60); i < n && users != null; i++) {
                        ObjectNode copy = users.deepCopy();
                        copy.put("id", "flood-" + i);
                        copy.put("label", "Flood " + i);
                        components.add(copy);
                    }
                }
                case 2 -> {
                    // One component holding more values than any may, as the value of its settings.
                    return splice(in, "\"settings\": ", "[" + "0,".repeat(BoundedParser.MAX_ELEMENT_ITEMS) + "0], "
                            + "\"more\": ");
                }
                default -> {
                    // Items that are not components; rarely, more than the list may hold.
                    int n = r.nextInt(40) == 0 ? DesignReader.MAX_LIST_ITEMS : r.nextInt(5000);
                    String item = pick(r, "0", "{}", "[]", "null");
                    return splice(in, "\"components\": [", (item + ",").repeat(n) + item + ",");
                }
            }
            return bytes(root);
        }
    },
    UNUSUAL_TEXT(true) {
        @Override
        byte[] apply(byte[] in, Random r) {
            String text = pick(r, "\ud83d\ude80 rocket", "line\u2028separator", "next\u0085line", "# not a comment",
                    "$host ${HOME}", "back\\slash", "\"quoted\"", "it's", "tab\there", "new\nline", "\u00e9\u0301",
                    "\u202eright-to-left", "a".repeat(199) + "\ud83d\ude80", "zero\u200bwidth");
            ObjectNode root = tree(in);
            List<ObjectNode> components = new ArrayList<>();
            root.get("components").forEach(c -> components.add((ObjectNode) c));
            if (r.nextBoolean()) {
                root.put("name", text);
            } else {
                components.get(r.nextInt(components.size())).put("label", text);
            }
            return bytes(root);
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final boolean loads;

    HostileMutation(boolean loads) {
        this.loads = loads;
    }

    /** Whether a variant of this class may load; when false, none may. */
    boolean loads() {
        return loads;
    }

    abstract byte[] apply(byte[] in, Random r);

    /** {@code text} inserted just after the first {@code marker}. */
    static byte[] splice(byte[] in, String marker, String text) {
        String json = text(in);
        int at = json.indexOf(marker) + marker.length();
        return (json.substring(0, at) + text + json.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code bytes} inserted just inside the opening quote of a randomly chosen string value. */
    static byte[] insertInString(byte[] in, Random r, int[] bytes) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 2; i < in.length; i++) {
            if (in[i - 1] == '"' && in[i - 2] == ' ' && in[i - 3] == ':') {
                starts.add(i);
            }
        }
        int at = starts.get(r.nextInt(starts.size()));
        byte[] inserted = toBytes(bytes);
        byte[] out = new byte[in.length + inserted.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(in, at, out, at + inserted.length, in.length - at);
        return out;
    }

    /** A randomly chosen string value (the name, a label, an id...) replaced by {@code raw}, written as is. */
    static byte[] setText(byte[] in, Random r, String raw) {
        String json = text(in);
        List<int[]> strings = new ArrayList<>();
        for (int i = json.indexOf(": \""); i >= 0; i = json.indexOf(": \"", i + 1)) {
            int end = json.indexOf('"', i + 3);
            strings.add(new int[] {i + 3, end});
        }
        int[] chosen = strings.get(r.nextInt(strings.size()));
        String kept = json.substring(chosen[0], chosen[1]);
        String value = r.nextBoolean() ? raw : kept + raw;
        return (json.substring(0, chosen[0]) + value + json.substring(chosen[1])).getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode tree(byte[] in) {
        try {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] in) {
        return new String(in, StandardCharsets.UTF_8);
    }

    private static byte[] bom(byte[] in) {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, in);
    }

    private static byte[] toBytes(int[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @SafeVarargs
    static <T> T pick(Random r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
