package dev.infradesigner.ui.canvas;

import dev.infradesigner.analysis.WhatIf;
import dev.infradesigner.edit.Performer;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The drawing surface: the design's skins on an endless grid, seen through a {@link Viewport} (zoomed and
 * panned by a transform, never by redrawing) with {@link ScrollBars}. It only puts its parts together, so
 * each can be read and changed alone: {@link Culling} keeps the scene to what is in view, {@link WhatIfView}
 * greys what a failure takes down, {@link CanvasSnapshot} draws the whole diagram as an image, and the
 * mouse and keyboard live in {@link CanvasGestures}.
 */
public final class DesignCanvas extends Region {

    public static final double GRID = 8;
    /**
     * Below this zoom the canvas drops its smallest text (kinds on cards, protocols on links; see app.css):
     * it is too small to read, and drawing it was most of the software renderer's work when zoomed out.
     */
    static final double SMALL_TEXT_ZOOM = 0.7;
    static final PseudoClass ZOOMED_OUT = PseudoClass.getPseudoClass("zoomed-out");

    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final ReadOnlyObjectWrapper<Bounds> viewArea = new ReadOnlyObjectWrapper<>(this, "viewArea");
    private final Selection selection = new Selection();
    private final SkinLayers layers = new SkinLayers(this::styleNewSkin);
    private final Pane world = new Pane();
    private final Pane overlay = new Pane();
    private final GridPainter grid = new GridPainter();
    private final Rectangle clip = new Rectangle();
    private final Viewport viewport = new Viewport(this, this::viewWidth, this::viewHeight, this::contentBounds,
            this::zoomed, this::viewChanged);
    private final ScrollBars bars = new ScrollBars(viewport);
    private final BadgeLayer badges = new BadgeLayer();
    private final Culling culling = new Culling(viewport, layers, badges);
    private final WhatIfView whatIf = new WhatIfView(this, this::getDesign, layers);
    private final CanvasActions actions;

    public DesignCanvas(Performer performer) {
        getStyleClass().add("design-canvas");
        setFocusTraversable(true);
        world.getStyleClass().add("canvas-world");
        world.setManaged(false);
        world.getChildren().addAll(layers.servers, layers.links, layers.components, badges.node());
        world.getTransforms().addAll(viewport.pan(), viewport.scale());
        overlay.setManaged(false);
        overlay.setPickOnBounds(false);
        getChildren().addAll(grid.node(), world, overlay, bars.horizontal(), bars.vertical());
        setClip(clip);
        design.addListener((obs, old, now) -> {
            layers.show(now);
            if (now != null) {
                selection.retainIn(now);
            }
            refreshSelectionLooks();
            whatIf.update();
            cull();
            syncScrollBars();
        });
        selection.ids().addListener((SetChangeListener<String>) change -> {
            ElementSkin skin = layers.skin(change.wasAdded() ? change.getElementAdded() : change.getElementRemoved());
            if (skin != null) {
                skin.setSelected(change.wasAdded());
            }
        });
        snapToGrid.addListener((obs, old, now) -> drawGrid());
        actions = new CanvasActions(this, performer);
        InPlaceRename rename = new InPlaceRename(this, actions);
        actions.setRename(rename);
        new CanvasGestures(this, actions, rename, new CanvasToast(this));
        new WaypointHandles(this, actions);
    }

    /** The design drawn; bind it to the document's. */
    public ObjectProperty<Design> designProperty() {
        return design;
    }

    public Design getDesign() {
        return design.get();
    }

    /** What menus, the keyboard and the palette can do here. */
    public CanvasActions actions() {
        return actions;
    }

    public Selection selection() {
        return selection;
    }

    /** The zoom factor, 1 for actual size. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** The node drawing the component or link with this id, or {@code null}. */
    public Node skinOf(String id) {
        ElementSkin skin = layers.skin(id);
        return skin == null ? null : skin.node();
    }

    SkinLayers layers() {
        return layers;
    }

    Pane overlay() {
        return overlay;
    }

    /** The canvas point under a point of the scene. */
    public Point2D toWorld(double sceneX, double sceneY) {
        return viewport.toWorld(sceneToLocal(sceneX, sceneY));
    }

    /** Where a canvas point shows, in this control's coordinates. */
    public Point2D toLocal(double worldX, double worldY) {
        return viewport.toLocal(worldX, worldY);
    }

    /** The canvas area in view, in canvas units. */
    public Bounds visibleArea() {
        return viewport.visibleArea();
    }

    /** The centre of the view, in canvas units. */
    public Point2D viewCentre() {
        return viewport.viewCentre();
    }

    public void zoomIn() {
        viewport.zoomBy(1.25);
    }

    public void zoomOut() {
        viewport.zoomBy(0.8);
    }

    public void actualSize() {
        viewport.zoomBy(1 / viewport.zoom());
    }

    /** Zooms by {@code factor} keeping the canvas point under (x, y) of this control in place. */
    public void zoomAt(double factor, double x, double y) {
        viewport.zoomAt(factor, x, y);
    }

    /** Moves the view by (dx, dy) pixels. */
    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
    }

    /** Shows the whole design, at actual size at most (Ctrl+0). */
    public void zoomToFit() {
        viewport.zoomToFit(isEmpty());
    }

    /** The view a freshly opened design gets: all of it if that is legible, else its top-left corner. */
    public void showDesignStart() {
        viewport.showStart(isEmpty());
    }

    /** Selects the components with these ids and brings them into view. */
    public void selectAndReveal(List<String> ids) {
        Design d = design.get();
        List<String> present = ids.stream().filter(id -> d != null && d.component(id).isPresent()).toList();
        if (present.isEmpty()) {
            return;
        }
        viewport.inOneChange(() -> {
            selection.set(present);
            Bounds area = areaOf(present);
            viewport.centreNow(area.centerX(), area.centerY());
        });
    }

    /**
     * Centres the view on {@code area}, zooming out (never in) until it fits with a margin: how a found
     * component is shown, wherever it is and however big.
     */
    public void centreOn(Bounds area) {
        viewport.centreOn(area);
    }

    /** Fits the selected components in the view, zooming in up to twice actual size (Ctrl+Shift+2). */
    public void zoomToSelection() {
        Bounds area = areaOf(selection.snapshot());
        if (area != null) {
            viewport.zoomTo(area);
        }
    }

    /** Puts the canvas point (x, y) in the middle of the view, at the same zoom (the overview's click). */
    public void centreAt(double x, double y) {
        viewport.centreAt(x, y);
    }

    /** Brings a canvas area into view, centring it when it is off screen. */
    public void reveal(Bounds area) {
        viewport.reveal(area);
    }

    /** The canvas area in view, updated when the view pans, zooms or resizes (the overview follows it). */
    public ReadOnlyObjectProperty<Bounds> viewAreaProperty() {
        return viewArea.getReadOnlyProperty();
    }

    /**
     * Marks each component that a finding concerns with a badge in the colour of its worst finding.
     *
     * @param worst the worst severity key ("error", "warning", "info") by component id
     */
    public void showBadges(Design of, Map<String, String> worst) {
        culling.showBadges(design.get(), worst);
    }

    /**
     * The components and servers marked as failed in the what-if view. Only the view changes: the design
     * and its file are untouched.
     */
    public ObservableSet<String> simulatedFailures() {
        return whatIf.failures();
    }

    /** What the simulated failures cost, or {@code null} when nothing is marked failed. */
    public ReadOnlyObjectProperty<WhatIf> whatIfProperty() {
        return whatIf.resultProperty();
    }

    /**
     * The whole diagram as an image at {@code scale} (1 for actual size, 2 for HiDPI), off-screen parts
     * included. Runs on the FX thread; encoding the image is the caller's background work.
     */
    public WritableImage snapshotDiagram(double scale) {
        return CanvasSnapshot.take(world, layers, contentBounds(), scale, isDark(), () -> {
            world.pseudoClassStateChanged(ZOOMED_OUT, viewport.zoom() < SMALL_TEXT_ZOOM);
            cull();
        });
    }

    /** How many skins the scene holds now, for the benchmark and tests of culling. */
    public int skinCount() {
        return layers.count();
    }

    /** Redraws the grid in the theme's colours. */
    public void themeChanged() {
        drawGrid();
    }

    /** The area the components with these ids cover (those still in the design), or {@code null} if none is. */
    Bounds areaOf(Collection<String> ids) {
        return DesignArea.of(design.get(), ids);
    }

    /** The area the design covers, or a default page when it is empty. */
    Bounds contentBounds() {
        return DesignArea.of(design.get());
    }

    double snap(double v) {
        return snapToGrid.get() ? Math.round(v / GRID) * GRID : v;
    }

    double viewWidth() {
        return Math.max(0, getWidth() - ScrollBars.SIZE);
    }

    double viewHeight() {
        return Math.max(0, getHeight() - ScrollBars.SIZE);
    }

    /** Keeps skins only for what is in view (with a margin), so the scene holds the visible part alone. */
    void cull() {
        culling.update(design.get());
    }

    private boolean isEmpty() {
        Design d = design.get();
        return d == null || d.components().isEmpty();
    }

    private void zoomed(double zoom) {
        world.pseudoClassStateChanged(ZOOMED_OUT, zoom < SMALL_TEXT_ZOOM);
        layers.setZoom(zoom);
    }

    private void viewChanged() {
        cull();
        drawGrid();
        syncScrollBars();
        viewArea.set(visibleArea());
    }

    private void refreshSelectionLooks() {
        for (ElementSkin skin : layers.all()) {
            skin.setSelected(selection.contains(skin.elementId()) && !skin.isResolution());
        }
    }

    private void styleNewSkin(ElementSkin skin) {
        skin.setSelected(!skin.isResolution() && selection.contains(skin.elementId()));
        if (whatIf != null) { // null while the layers are made, before the constructor reaches it
            whatIf.style(skin);
        }
    }

    private void syncScrollBars() {
        bars.sync(contentBounds(), viewWidth(), viewHeight());
    }

    private void drawGrid() {
        grid.paint(viewWidth(), viewHeight(), viewport.zoom(), viewport.panX(), viewport.panY(), snapToGrid.get(),
                isDark());
    }

    private boolean isDark() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        bars.layout(w, h);
        overlay.resize(viewWidth(), viewHeight());
        viewport.changed();
    }
}
