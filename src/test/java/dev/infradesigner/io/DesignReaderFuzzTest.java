package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infradesigner.model.Design;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Corrupts the samples ten thousand ways and loads each variant: every one must give a valid design or
 * a clear error that says where, never another exception. A failure prints the seed that replays it.
 */
class DesignReaderFuzzTest {

    private static final int VARIANTS = 10_000;
    private static final long BASE_SEED = 20261125L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void corruptedSamplesLoadOrFailClearly() throws Exception {
        List<byte[]> samples = Samples.all().stream().map(Samples::bytes).toList();
        int valid = 0;
        int invalid = 0;
        java.util.Map<Mutation, Integer> caught = new java.util.EnumMap<>(Mutation.class);
        for (int i = 0; i < VARIANTS; i++) {
            long seed = BASE_SEED + i;
            Random random = new Random(seed);
            byte[] original = samples.get(random.nextInt(samples.size()));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] variant;
            try {
                variant = mutation.apply(original, random);
            } catch (RuntimeException e) {
                throw new AssertionError("the mutation itself failed, seed " + seed, e);
            }
            try {
                Design design = new DesignReader().read(variant);
                byte[] saved = new DesignWriter().toBytes(design);
                assertEquals(design, new DesignReader().read(saved), "round trip of a valid variant, seed " + seed);
                valid++;
            } catch (DesignLoadException e) {
                checkClear(e, seed, mutation);
                invalid++;
                caught.merge(mutation, 1, Integer::sum);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("unexpected " + e + " for mutation " + mutation + ", seed " + seed
                        + " (replay: new Random(" + seed + "))", e);
            }
        }
        assertEquals(java.util.EnumSet.allOf(Mutation.class), caught.keySet(),
                "every kind of corruption was caught at least once: " + caught);
        assertTrue(invalid > VARIANTS / 2, "most corruptions must be caught, caught " + invalid);
        assertTrue(valid > 0, "some mutations keep the design valid");
    }

    private static void checkClear(DesignLoadException e, long seed, Mutation mutation) {
        assertTrue(!e.problems().isEmpty());
        for (LoadProblem p : e.problems()) {
            String text = p.toString();
            // Every problem in a file's content has a line and a column, whole-file ones included.
            boolean placed = p.line() > 0 && p.column() > 0;
            if (!placed || p.message().isBlank() || text.contains("Exception") || text.contains("\tat ")) {
                fail("unclear problem for " + mutation + ", seed " + seed + ": " + text);
            }
        }
    }

    /** The ways a file gets broken, by people, tools and disks. */
    enum Mutation {
        TRUNCATE {
            @Override
            byte[] apply(byte[] in, Random r) {
                return Arrays.copyOf(in, r.nextInt(in.length));
            }
        },
        FLIP_BYTES {
            @Override
            byte[] apply(byte[] in, Random r) {
                byte[] out = in.clone();
                for (int n = 1 + r.nextInt(4); n > 0; n--) {
                    out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                }
                return out;
            }
        },
        WRONG_TYPE {
            @Override
            byte[] apply(byte[] in, Random r) {
                return mutateTree(in, r, (parent, key, old) -> pick(r, JsonNodeFactory.instance.textNode("x"),
                        JsonNodeFactory.instance.numberNode(r.nextInt(100_000) - 1000),
                        JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.nullNode(),
                        JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode()));
            }
        },
        HUGE_NUMBER {
            @Override
            byte[] apply(byte[] in, Random r) {
                String huge = pick(r, "1e400", "-1e400", "99999999999999999999999999", "1".repeat(1500), "NaN",
                        "2147483648", "-0.0", "1e-400");
                return replaceFirstNumber(in, r, huge);
            }
        },
        LONG_STRING {
            @Override
            byte[] apply(byte[] in, Random r) {
                String filler = pick(r, "a", "\u00e9", "\ud83d\ude80", "\\n", "\\u0000", "{", "'\";");
                String text = filler.repeat(1 + r.nextInt(r.nextBoolean() ? 300 : 100_000));
                return mutateTree(in, r, (parent, key, old) -> JsonNodeFactory.instance.textNode(text));
            }
        },
        DEEP_NESTING {
            @Override
            byte[] apply(byte[] in, Random r) {
                int depth = 500 + r.nextInt(5000);
                String deep = "[".repeat(depth) + "]".repeat(r.nextInt(depth + 1));
                String json = new String(in, StandardCharsets.UTF_8);
                int at = json.indexOf("\"settings\": ");
                return (json.substring(0, at + 12) + deep + json.substring(at + 12)).getBytes(StandardCharsets.UTF_8);
            }
        },
        DUPLICATE_ID {
            @Override
            byte[] apply(byte[] in, Random r) {
                ObjectNode root = tree(in);
                ArrayNode components = (ArrayNode) root.get("components");
                JsonNode copy = components.get(r.nextInt(components.size())).deepCopy();
                components.add(copy);
                return bytes(root);
            }
        },
        DANGLING_REFERENCE {
            @Override
            byte[] apply(byte[] in, Random r) {
                ObjectNode root = tree(in);
                ArrayNode array = (ArrayNode) root.get(r.nextBoolean() ? "links" : "components");
                ObjectNode element = (ObjectNode) array.get(r.nextInt(array.size()));
                String field = pick(r, "from", "to", "host", "id");
                element.put(field, pick(r, "ghost", "", "9bad", "server-1"));
                return bytes(root);
            }
        },
        DROP_FIELD {
            @Override
            byte[] apply(byte[] in, Random r) {
                return mutateTree(in, r, (parent, key, old) -> null);
            }
        },
        SHUFFLE_AND_SPLICE {
            @Override
            byte[] apply(byte[] in, Random r) {
                int from = r.nextInt(in.length);
                int to = Math.min(in.length, from + r.nextInt(200));
                byte[] out = new byte[in.length + (to - from)];
                int at = r.nextInt(in.length);
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, from, out, at, to - from);
                System.arraycopy(in, at, out, at + (to - from), in.length - at);
                return out;
            }
        };

        abstract byte[] apply(byte[] in, Random r);
    }

    /** Replaces a value somewhere in the tree; returning {@code null} removes it. */
    @FunctionalInterface
    interface NodeChange {
        JsonNode change(JsonNode parent, String key, JsonNode old);
    }

    private static byte[] mutateTree(byte[] in, Random r, NodeChange change) {
        ObjectNode root = tree(in);
        List<Object[]> slots = new ArrayList<>();
        collect(root, slots);
        Object[] slot = slots.get(r.nextInt(slots.size()));
        JsonNode parent = (JsonNode) slot[0];
        Object key = slot[1];
        JsonNode old = key instanceof String name ? parent.get(name) : parent.get((Integer) key);
        JsonNode replacement = change.change(parent, String.valueOf(key), old);
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove((String) key);
            } else {
                object.set((String) key, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            if (replacement == null) {
                array.remove((Integer) key);
            } else {
                array.set((Integer) key, replacement);
            }
        }
        return bytes(root);
    }

    private static void collect(JsonNode node, List<Object[]> slots) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                slots.add(new Object[] {node, field.getKey()});
                collect(field.getValue(), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Object[] {node, i});
                collect(node.get(i), slots);
            }
        }
    }

    private static byte[] replaceFirstNumber(byte[] in, Random r, String number) {
        String json = new String(in, StandardCharsets.UTF_8);
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < json.length(); i++) {
            if (Character.isDigit(json.charAt(i)) && json.charAt(i - 1) == ' ' && json.charAt(i - 2) == ':') {
                starts.add(i);
            }
        }
        int start = starts.get(r.nextInt(starts.size()));
        int end = start;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '.')) {
            end++;
        }
        return (json.substring(0, start) + number + json.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode tree(byte[] in) {
        try {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("samples are valid JSON", e);
        }
    }

    private static byte[] bytes(JsonNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
