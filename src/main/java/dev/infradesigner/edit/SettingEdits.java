package dev.infradesigner.edit;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspector's changes as pure edits: one field of the settings of one or more components (a nested
 * field as "healthCheck.path"), or one field of a link. Each is one undoable step.
 */
final class SettingEdits {

    private SettingEdits() {
    }

    /** The components' settings with {@code path} set to {@code value}. */
    static Outcome setSetting(Design design, List<String> ids, String path, Object value) {
        if (path.equals("replicationSource")) {
            // The source and its replication link are one fact: setting one draws (or removes) the other.
            return ReplicationEdits.setSource(design, ids, (String) value);
        }
        List<Component> changed = new ArrayList<>();
        for (String id : ids) {
            Component c = design.component(id).orElseThrow(() -> new EditRefusedException("It is gone."));
            changed.add(c.withSettings((Settings) set((Record) c.settings(), path.split("\\."), 0, value)));
        }
        return new Outcome(design.withAll(changed), "Change " + phrase(last(path)) + " of "
                + who(design, ids), List.of());
    }

    /** The link with field {@code name} set to {@code value}. */
    static Outcome setLinkField(Design design, String id, String name, Object value) {
        Link link = design.link(id).orElseThrow(() -> new EditRefusedException("It is gone."));
        Link changed = RecordFields.with(link, name, value);
        return new Outcome(design.with(changed), "Change " + phrase(name) + " of link", List.of());
    }

    private static Object set(Record record, String[] path, int depth, Object value) {
        if (depth == path.length - 1) {
            return RecordFields.with(record, path[depth], value);
        }
        Record inner = (Record) RecordFields.get(record, path[depth]);
        return RecordFields.with(record, path[depth], set(inner, path, depth + 1, value));
    }

    /** "redirectHttps" as in a sentence: "redirect HTTPS". */
    private static String phrase(String name) {
        String words = RecordFields.words(name);
        return words.length() > 1 && Character.isUpperCase(words.charAt(1)) ? words
                : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String who(Design design, List<String> ids) {
        return ids.size() == 1 ? design.component(ids.get(0)).map(Component::label).orElse("component")
                : ids.size() + " components";
    }
}
