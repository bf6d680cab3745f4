package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Edits;
import dev.infradesigner.edit.Fragment;
import dev.infradesigner.edit.Performer;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;

/**
 * What the Edit menu, the context menu, the keyboard and the palette do to the canvas: add, delete,
 * cut, copy, paste, duplicate, rename, nudge, select all. Each change is one step for the performer.
 */
public final class CanvasActions {

    private final DesignCanvas canvas;
    private final Performer performer;
    private final BooleanProperty clipboardFull = new SimpleBooleanProperty(this, "clipboardFull");
    private Fragment clipboard = new Fragment(List.of(), List.of());
    private InPlaceRename rename;
    private final TidyUp tidyUp;

    CanvasActions(DesignCanvas canvas, Performer performer) {
        this.canvas = canvas;
        this.performer = performer;
        this.tidyUp = new TidyUp(canvas, performer);
    }

    /**
     * Arrange ▸ Tidy Up: the selection, or the whole design when nothing (or everything) is selected, laid
     * out left to right as traffic flows, one step; {@code status} hears about a layout still running.
     */
    public void tidyUp(java.util.function.Consumer<String> status) {
        tidyUp.run(componentIds(), status);
    }

    void setRename(InPlaceRename rename) {
        this.rename = rename;
    }

    /** True while nothing is selected; menus disable what needs a selection. */
    public BooleanBinding nothingSelected() {
        return Bindings.createBooleanBinding(() -> canvas.selection().isEmpty(), canvas.selection().ids());
    }

    /** True while there is nothing to paste. */
    public BooleanBinding clipboardEmpty() {
        return clipboardFull.not();
    }

    /** Adds a component of {@code kind} centred on the canvas point (x, y) and selects it. */
    public void add(ComponentKind kind, double x, double y) {
        Performer.Result result = performer.perform(d -> Edits.create(d, kind, canvas.snap(x), canvas.snap(y)), null);
        if (!result.created().isEmpty()) {
            canvas.selection().set(result.created());
            canvas.requestFocus();
        }
    }

    /**
     * Adds a component of {@code kind} where a palette item clicked (not dragged) puts it: on the selected
     * server when one server is selected and the kind can be hosted, else in the middle of the view.
     */
    public void addAtCentre(ComponentKind kind) {
        java.util.Optional<Component> server = single().filter(c -> c.kind() == ComponentKind.SERVER);
        if (server.isPresent() && kind.hostable()) {
            String serverId = server.get().id();
            Performer.Result result = performer.perform(d -> Edits.createOn(d, kind, serverId), null);
            if (!result.created().isEmpty()) {
                canvas.selection().set(result.created());
                canvas.getDesign().component(result.created().get(0)).ifPresent(c -> canvas.reveal(c.bounds()));
                canvas.requestFocus();
            }
            return;
        }
        Point2D centre = canvas.viewCentre();
        add(kind, centre.getX(), centre.getY());
    }

    /** Adds a component where a palette item was dropped; false when the point is not over the canvas. */
    public boolean drop(ComponentKind kind, double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        if (local.getX() < 0 || local.getY() < 0 || local.getX() > canvas.viewWidth()
                || local.getY() > canvas.viewHeight()) {
            return false;
        }
        Point2D world = canvas.toWorld(sceneX, sceneY);
        add(kind, world.getX(), world.getY());
        return true;
    }

    public void selectAll() {
        Design d = canvas.getDesign();
        List<String> all = new java.util.ArrayList<>();
        d.components().forEach(c -> all.add(c.id()));
        d.links().forEach(l -> all.add(l.id()));
        canvas.selection().set(all);
    }

    public void delete() {
        List<String> ids = canvas.selection().snapshot();
        if (!ids.isEmpty()) {
            performer.perform(d -> Edits.delete(d, ids), null);
        }
    }

    public void copy() {
        List<String> ids = componentIds();
        if (!ids.isEmpty()) {
            clipboard = Fragment.copy(canvas.getDesign(), ids);
            clipboardFull.set(!clipboard.isEmpty());
        }
    }

    public void cut() {
        copy();
        if (!componentIds().isEmpty()) {
            List<String> ids = componentIds();
            performer.perform(d -> {
                var outcome = Edits.delete(d, ids);
                return new dev.infradesigner.edit.Outcome(outcome.design(),
                        outcome.description().replaceFirst("^Delete", "Cut"), List.of());
            }, null);
        }
    }

    public void paste() {
        Fragment fragment = clipboard;
        if (fragment.isEmpty()) {
            return;
        }
        select(performer.perform(d -> fragment.pasteInto(d, "Paste"), null));
    }

    public void duplicate() {
        List<String> ids = componentIds();
        if (!ids.isEmpty()) {
            Fragment fragment = Fragment.copy(canvas.getDesign(), ids);
            select(performer.perform(d -> fragment.pasteInto(d, "Duplicate"), null));
        }
    }

    private void select(Performer.Result result) {
        if (!result.created().isEmpty()) {
            canvas.selection().set(result.created());
        }
    }

    /** Moves the selection by (dx, dy) canvas units; nudges in a row are one step. */
    public void nudge(double dx, double dy) {
        List<String> ids = componentIds();
        if (!ids.isEmpty()) {
            performer.perform(d -> Edits.move(d, ids, dx, dy), "nudge:" + ids);
        }
    }

    /** Lines the selected components up on an edge or a centre line (Arrange menu), one step. */
    public void align(dev.infradesigner.edit.Arrange.Alignment alignment) {
        List<String> ids = componentIds();
        if (ids.size() >= 2) {
            performer.perform(d -> dev.infradesigner.edit.Arrange.align(d, ids, alignment), null);
        }
    }

    /** Spreads the selected components evenly, horizontally or vertically (Arrange menu), one step. */
    public void distribute(boolean horizontally) {
        List<String> ids = componentIds();
        if (ids.size() >= 3) {
            performer.perform(d -> dev.infradesigner.edit.Arrange.distribute(d, ids, horizontally), null);
        }
    }

    /** How many components (not links) are selected. */
    public int componentCount() {
        Design d = canvas.getDesign();
        return d == null ? 0 : componentIds().size();
    }

    /** Marks the selected components as failed in the what-if view, or back up if they all were. */
    public void toggleFailure() {
        List<String> ids = componentIds();
        if (ids.isEmpty()) {
            return;
        }
        if (canvas.simulatedFailures().containsAll(ids)) {
            canvas.simulatedFailures().removeAll(ids);
        } else {
            canvas.simulatedFailures().addAll(ids);
        }
    }

    /** Ends the what-if view: everything is up again. */
    public void endSimulation() {
        canvas.simulatedFailures().clear();
    }

    /** Starts renaming the one selected component in place. */
    public void rename() {
        List<String> ids = componentIds();
        if (ids.size() == 1 && rename != null) {
            rename.start(ids.get(0));
        }
    }

    void renameTo(String id, String label) {
        performer.perform(d -> Edits.rename(d, id, label), null);
    }

    void move(List<String> ids, double dx, double dy) {
        performer.perform(d -> Edits.move(d, ids, dx, dy), null);
    }

    void addWaypoint(String linkId, double x, double y) {
        performer.perform(d -> dev.infradesigner.edit.WaypointEdits.add(d, linkId, x, y), null);
    }

    void moveWaypoint(String linkId, int index, double x, double y) {
        performer.perform(d -> dev.infradesigner.edit.WaypointEdits.move(d, linkId, index, x, y), null);
    }

    void reshapeLink(String linkId, List<dev.infradesigner.model.Point> waypoints) {
        performer.perform(d -> dev.infradesigner.edit.WaypointEdits.reshape(d, linkId, waypoints), null);
    }

    void removeWaypoint(String linkId, int index) {
        performer.perform(d -> dev.infradesigner.edit.WaypointEdits.remove(d, linkId, index), null);
    }

    /** Takes every bend out of the selected links (context menu: Straighten Link), one step. */
    public void straightenLinks() {
        Design d = canvas.getDesign();
        List<String> links = canvas.selection().snapshot().stream()
                .filter(id -> d.link(id).filter(l -> !l.waypoints().isEmpty()).isPresent()).toList();
        if (!links.isEmpty()) {
            performer.perform(dd -> dev.infradesigner.edit.WaypointEdits.straighten(dd, links), null);
        }
    }

    /** Whether no selected link has a bend to take out. */
    public BooleanBinding nothingToStraighten() {
        return Bindings.createBooleanBinding(() -> {
            Design d = canvas.getDesign();
            return d == null || canvas.selection().snapshot().stream()
                    .noneMatch(id -> d.link(id).filter(l -> !l.waypoints().isEmpty()).isPresent());
        }, canvas.selection().ids(), canvas.designProperty());
    }

    /** Links two components (or points a DNS record); returns the refusal message, if refused. */
    java.util.Optional<String> connect(String from, String to) {
        Performer.Result result = performer.perform(d -> Edits.connect(d, from, to), null);
        return result.refusal();
    }

    void breakMerge() {
        performer.breakMerge();
    }

    /** The selected ids that are components (links are skipped by copy and move). */
    private List<String> componentIds() {
        Design d = canvas.getDesign();
        return canvas.selection().snapshot().stream().filter(id -> d.component(id).isPresent()).toList();
    }

    /** The one selected component, if exactly one is. */
    public java.util.Optional<Component> single() {
        List<String> ids = componentIds();
        return ids.size() == 1 ? canvas.getDesign().component(ids.get(0)) : java.util.Optional.empty();
    }
}
