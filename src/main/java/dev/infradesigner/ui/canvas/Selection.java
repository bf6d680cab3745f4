package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Design;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The ids of the selected components and links. The canvas draws it, the Edit menu acts on it, and (in
 * a later issue) the inspector shows it. Ids that leave the design leave the selection.
 */
public final class Selection {

    private final ObservableSet<String> ids = FXCollections.observableSet(new java.util.LinkedHashSet<>());

    public ObservableSet<String> ids() {
        return ids;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** A copy of the selected ids, in selection order. */
    public List<String> snapshot() {
        return List.copyOf(ids);
    }

    public void only(String id) {
        if (ids.size() != 1 || !ids.contains(id)) {
            ids.clear();
            ids.add(id);
        }
    }

    public void set(Collection<String> newIds) {
        if (!ids.equals(Set.copyOf(newIds))) {
            ids.clear();
            ids.addAll(newIds);
        }
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    public void addAll(Collection<String> more) {
        ids.addAll(more);
    }

    public void clear() {
        ids.clear();
    }

    /** Drops ids that {@code design} no longer has. */
    public void retainIn(Design design) {
        ids.removeIf(id -> !design.contains(id));
    }
}
