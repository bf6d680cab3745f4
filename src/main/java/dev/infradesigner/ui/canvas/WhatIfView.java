package dev.infradesigner.ui.canvas;

import dev.infradesigner.analysis.WhatIf;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.ui.background.BackgroundWork;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;

/**
 * The canvas's what-if view: the parts a user marks as failed, what that costs users (worked out on a
 * background thread, as an audit is: on a big design it takes longer than a frame), and each skin styled
 * failed or cut off. Only the view changes; the design and its file are untouched.
 */
final class WhatIfView {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass CUT_OFF = PseudoClass.getPseudoClass("cut-off");

    private final Supplier<Design> design;
    private final SkinLayers layers;
    private final ObservableSet<String> failures = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<WhatIf> result;
    /** Counts the simulations asked for, so that only the latest one's answer is shown. */
    private long asked;

    WhatIfView(Object bean, Supplier<Design> design, SkinLayers layers) {
        this.design = design;
        this.layers = layers;
        this.result = new ReadOnlyObjectWrapper<>(bean, "whatIf");
        failures.addListener((SetChangeListener<String>) change -> update());
    }

    ObservableSet<String> failures() {
        return failures;
    }

    ReadOnlyObjectProperty<WhatIf> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Works the view out again for the design on show (after an edit, or a change of what is failed). */
    void update() {
        Design d = design.get();
        if (d != null) {
            failures.removeIf(id -> d.component(id).isEmpty());
        }
        long ticket = ++asked;
        if (d == null || failures.isEmpty()) {
            show(null);
            return;
        }
        Set<String> down = Set.copyOf(failures);
        BackgroundWork.run(() -> WhatIf.simulate(d, down), answer -> {
            if (ticket == asked) {
                show(answer);
            }
        }, error -> {
            if (ticket == asked) {
                show(null);
            }
        });
    }

    private void show(WhatIf answer) {
        result.set(answer);
        for (ElementSkin skin : layers.all()) {
            style(skin);
        }
    }

    /**
     * Marks a skin failed or cut off. A link is failed when either of its ends is (no traffic crosses it),
     * cut off when it leads into something users no longer reach.
     */
    void style(ElementSkin skin) {
        WhatIf now = result.get();
        boolean failed = false;
        boolean cut = false;
        if (now != null && !skin.isResolution()) {
            String id = skin.elementId();
            Optional<Link> link = design.get() == null ? Optional.empty() : design.get().link(id);
            if (link.isPresent()) {
                failed = now.failed().contains(link.get().from()) || now.failed().contains(link.get().to());
                cut = !failed && now.cutOff().contains(link.get().to());
            } else {
                failed = now.failed().contains(id);
                cut = now.cutOff().contains(id);
            }
        }
        skin.node().pseudoClassStateChanged(FAILED, failed);
        skin.node().pseudoClassStateChanged(CUT_OFF, cut);
    }
}
