package dev.infradesigner.ui.inspector;

import dev.infradesigner.edit.RecordFields;
import dev.infradesigner.model.FirewallRule;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Listener;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;

/**
 * A field's value as the text its editor shows, and the text a person typed back as a value: numbers,
 * listeners and firewall rules in their one-line syntax, anything else as it is (blank is "none"). What is
 * typed is untrusted: a text that is no value of the field's type is an {@link InvalidDesignException}
 * naming the field, and the model's own checks decide the rest.
 */
final class FieldText {

    private FieldText() {
    }

    static String format(RecordFields.Field field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            Class<?> element = elementType(field);
            if (element == Listener.class) {
                return ListSyntax.listeners(castList(list));
            }
            if (element == FirewallRule.class) {
                return ListSyntax.rules(castList(list));
            }
        }
        return value.toString();
    }

    static Object parse(RecordFields.Field field, String text) {
        Class<?> type = field.type();
        String trimmed = text.strip();
        if (type == int.class || type == Integer.class) {
            if (trimmed.isEmpty() && type == Integer.class) {
                return null;
            }
            try {
                return Integer.parseInt(trimmed);
            } catch (NumberFormatException e) {
                throw InvalidDesignException.of(field.name(), "\"" + trimmed + "\" is not a whole number");
            }
        }
        if (type == List.class) {
            Class<?> element = elementType(field);
            if (element == Listener.class) {
                return ListSyntax.parseListeners(trimmed);
            }
            if (element == FirewallRule.class) {
                return ListSyntax.parseRules(trimmed);
            }
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static Class<?> elementType(RecordFields.Field field) {
        if (field.genericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(List<?> list) {
        return new ArrayList<>((List<T>) list);
    }
}
