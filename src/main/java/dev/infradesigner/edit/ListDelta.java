package dev.infradesigner.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The difference between two versions of a list of elements with ids: what was removed (and where),
 * what was added (and where), and what changed in place. Only the touched elements are kept, so a
 * history of many edits of a big design stays small; applying the delta or its inverse rebuilds the
 * other version exactly, order included.
 */
final class ListDelta<T> {

    record Placed<T>(int index, T element) {
    }

    record Changed<T>(T before, T after) {
    }

    private final List<Placed<T>> removed;
    private final List<Placed<T>> added;
    private final List<Changed<T>> changed;
    /** Both whole lists, kept only when the elements were reordered (no edit does that today). */
    private final List<T> wholeBefore;
    private final List<T> wholeAfter;

    private ListDelta(List<Placed<T>> removed, List<Placed<T>> added, List<Changed<T>> changed,
            List<T> wholeBefore, List<T> wholeAfter) {
        this.removed = removed;
        this.added = added;
        this.changed = changed;
        this.wholeBefore = wholeBefore;
        this.wholeAfter = wholeAfter;
    }

    static <T> ListDelta<T> between(List<T> before, List<T> after, Function<T, String> id) {
        ListDelta<T> inPlace = inPlace(before, after, id);
        if (inPlace != null) {
            return inPlace;
        }
        Map<String, T> afterById = new HashMap<>(after.size() * 2);
        for (T element : after) {
            afterById.put(id.apply(element), element);
        }
        Set<String> beforeIds = new HashSet<>(before.size() * 2);
        List<Placed<T>> removed = new ArrayList<>();
        List<Changed<T>> changed = new ArrayList<>();
        List<String> keptOrder = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            T element = before.get(i);
            String key = id.apply(element);
            beforeIds.add(key);
            T now = afterById.get(key);
            if (now == null) {
                removed.add(new Placed<>(i, element));
            } else {
                keptOrder.add(key);
                if (!now.equals(element)) {
                    changed.add(new Changed<>(element, now));
                }
            }
        }
        List<Placed<T>> added = new ArrayList<>();
        int kept = 0;
        boolean reordered = false;
        for (int i = 0; i < after.size(); i++) {
            T element = after.get(i);
            String key = id.apply(element);
            if (!beforeIds.contains(key)) {
                added.add(new Placed<>(i, element));
            } else if (!keptOrder.get(kept++).equals(key)) {
                reordered = true;
            }
        }
        if (reordered) {
            return new ListDelta<>(List.of(), List.of(), List.of(), List.copyOf(before), List.copyOf(after));
        }
        return new ListDelta<>(List.copyOf(removed), List.copyOf(added), List.copyOf(changed), null, null);
    }

    /**
     * The delta when every element kept its place and its id (most edits: a move, a rename, a setting),
     * found without hashing every id; null otherwise. Edits share unchanged elements, so most are the
     * same object and cost one comparison.
     */
    private static <T> ListDelta<T> inPlace(List<T> before, List<T> after, Function<T, String> id) {
        if (before.size() != after.size()) {
            return null;
        }
        List<Changed<T>> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            T was = before.get(i);
            T now = after.get(i);
            if (was == now) {
                continue;
            }
            if (!id.apply(was).equals(id.apply(now))) {
                return null;
            }
            if (!was.equals(now)) {
                changed.add(new Changed<>(was, now));
            }
        }
        return new ListDelta<>(List.of(), List.of(), List.copyOf(changed), null, null);
    }

    boolean isEmpty() {
        return wholeBefore == null && removed.isEmpty() && added.isEmpty() && changed.isEmpty();
    }

    /** Whether the delta only changes elements in place. */
    boolean onlyChanges() {
        return wholeBefore == null && removed.isEmpty() && added.isEmpty();
    }

    ListDelta<T> inverse() {
        List<Changed<T>> back = new ArrayList<>(changed.size());
        for (Changed<T> c : changed) {
            back.add(new Changed<>(c.after(), c.before()));
        }
        return new ListDelta<>(added, removed, List.copyOf(back), wholeAfter, wholeBefore);
    }

    /** This delta followed by {@code next}, both changes in place only. */
    ListDelta<T> then(ListDelta<T> next, Function<T, String> id) {
        Map<String, Changed<T>> merged = new java.util.LinkedHashMap<>();
        for (Changed<T> c : changed) {
            merged.put(id.apply(c.before()), c);
        }
        for (Changed<T> c : next.changed) {
            String key = id.apply(c.before());
            Changed<T> first = merged.get(key);
            merged.put(key, new Changed<>(first == null ? c.before() : first.before(), c.after()));
        }
        List<Changed<T>> list = merged.values().stream().filter(c -> !c.before().equals(c.after())).toList();
        return new ListDelta<>(List.of(), List.of(), list, null, null);
    }

    /** The other version, made from {@code current} (the version this delta starts from). */
    List<T> applyTo(List<T> current, Function<T, String> id) {
        if (wholeBefore != null) {
            return wholeAfter;
        }
        Set<String> gone = new HashSet<>();
        for (Placed<T> p : removed) {
            gone.add(id.apply(p.element()));
        }
        Map<String, T> replaced = new HashMap<>();
        for (Changed<T> c : changed) {
            replaced.put(id.apply(c.after()), c.after());
        }
        List<T> next = new ArrayList<>(current.size() + added.size());
        for (T element : current) {
            String key = id.apply(element);
            if (!gone.contains(key)) {
                next.add(replaced.getOrDefault(key, element));
            }
        }
        for (Placed<T> p : added) {
            next.add(Math.min(p.index(), next.size()), p.element());
        }
        return next;
    }

    int size() {
        return wholeBefore != null ? wholeBefore.size() + wholeAfter.size()
                : removed.size() + added.size() + changed.size();
    }
}
