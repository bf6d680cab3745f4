package dev.infradesigner.edit;

import dev.infradesigner.model.InvalidDesignException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and replaces the fields of the model's records (settings, health checks, links) by name, through
 * their canonical constructors, so every change passes the record's own validation. This keeps the
 * inspector generic: a new setting in the model shows up without inspector code.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** One field of a record, with its declared type, so an editor can be chosen for it and its text parsed. */
    public record Field(String name, Class<?> type, java.lang.reflect.Type genericType, Object value) {
    }

    static List<Field> of(Record record) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            fields.add(new Field(c.getName(), c.getType(), c.getGenericType(), get(record, c)));
        }
        return fields;
    }

    static Object get(Record record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return get(record, c);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Object get(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@code record} with field {@code name} set to {@code value}; the record's checks apply. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals(name) ? value : get(record, components[i]);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidDesignException invalid) {
                throw invalid;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Map<String, String> ACRONYMS = Map.of("ip", "IP", "https", "HTTPS", "http", "HTTP",
            "tls", "TLS", "dns", "DNS");

    /** "replicationSource" as people read it: "Replication source"; "floatingIp": "Floating IP". */
    static String words(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (String word : WORD_START.split(name)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(ACRONYMS.getOrDefault(lower, lower));
        }
        if (out.length() > 0) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }
}
