package dev.infradesigner.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every kind of every {@link KindProvider} on the class path, found once: the shipped kinds first (so their
 * order, and their ordinals, never depend on what else is on the class path), then the others in the order
 * {@link ServiceLoader} finds them. Two kinds with one key are a mistake reported at once.
 */
final class KindRegistry {

    /** A bit per kind (and spare bits) must fit an {@code int}, as the traffic graph keeps them. */
    static final int MAX_KINDS = 30;

    private static final List<ComponentKind> KINDS;
    private static final Map<String, ComponentKind> BY_KEY = new LinkedHashMap<>();
    private static final Map<ComponentKind, Integer> INDEX = new IdentityHashMap<>();

    static {
        List<ComponentKind> kinds = new ArrayList<>(new ShippedKinds().kinds());
        for (KindProvider provider : ServiceLoader.load(KindProvider.class, KindRegistry.class.getClassLoader())) {
            if (!(provider instanceof ShippedKinds)) {
                kinds.addAll(provider.kinds());
            }
        }
        for (ComponentKind kind : kinds) {
            if (BY_KEY.putIfAbsent(kind.key(), kind) != null) {
                throw new IllegalStateException("two component kinds have the key " + kind.key());
            }
            INDEX.put(kind, INDEX.size());
        }
        if (kinds.size() > MAX_KINDS) {
            throw new IllegalStateException(kinds.size() + " component kinds; at most " + MAX_KINDS + " fit");
        }
        KINDS = List.copyOf(kinds);
    }

    private KindRegistry() {
    }

    static List<ComponentKind> kinds() {
        return KINDS;
    }

    static Optional<ComponentKind> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    static int indexOf(ComponentKind kind) {
        Integer index = INDEX.get(kind);
        if (index == null) {
            throw new IllegalStateException("the kind " + kind.key() + " is not registered: list its provider in "
                    + "META-INF/services/" + KindProvider.class.getName());
        }
        return index;
    }
}
