package dev.infradesigner.model;

import java.util.List;

/**
 * A source of component kinds, found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/dev.infradesigner.model.KindProvider}). The app's own kinds come from
 * {@link ShippedKinds}; a new kind can come from a provider of its own without any list elsewhere changing.
 */
public interface KindProvider {

    /** The kinds, in palette and registry order. */
    List<ComponentKind> kinds();
}
