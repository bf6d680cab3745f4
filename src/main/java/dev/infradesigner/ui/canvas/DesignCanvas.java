package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The drawing surface: the design's skins on an endless grid, zoomed and panned by a transform (never by
 * redrawing), with scroll bars. Only the skins in view are visible, so panning a design of thousands of
 * components costs what panning a few dozen does. Gestures live in {@link CanvasGestures}.
 */
public final class DesignCanvas extends Region {

    public static final double GRID = 8;
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4;
    private static final double SCROLLBAR = 14;
    private static final double FIT_MARGIN = 40;
    private int viewBatch;
    private boolean viewPending;

    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final Selection selection = new Selection();
    private final SkinLayers layers = new SkinLayers(this::styleNewSkin);
    private final Pane world = new Pane();
    private final Pane overlay = new Pane();
    private final GridPainter grid = new GridPainter();
    private final Translate pan = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Rectangle clip = new Rectangle();
    private final BadgeLayer badges = new BadgeLayer();
    private final WhatIfView whatIf = new WhatIfView(this, this::getDesign, layers);
    private boolean syncingBars;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Bounds> viewArea =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "viewArea");
    /** The largest zoom that Zoom to Selection goes to: one card fills no more than a sensible part of the view. */
    static final double SELECTION_MAX_ZOOM = 2;

    private final CanvasActions actions;

    public DesignCanvas(dev.infradesigner.edit.Performer performer) {
        getStyleClass().add("design-canvas");
        setFocusTraversable(true);
        world.getStyleClass().add("canvas-world");
        world.setManaged(false);
        world.getChildren().addAll(layers.servers, layers.links, layers.components, badges.node());
        world.getTransforms().addAll(pan, scale);
        overlay.setManaged(false);
        overlay.setPickOnBounds(false);
        vbar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(grid.node(), world, overlay, hbar, vbar);
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
        zoom.addListener((obs, old, now) -> {
            scale.setX(now.doubleValue());
            scale.setY(now.doubleValue());
            world.pseudoClassStateChanged(ZOOMED_OUT, now.doubleValue() < SMALL_TEXT_ZOOM);
            layers.setZoom(now.doubleValue());
            viewChanged();
        });
        pan.xProperty().addListener((obs, old, now) -> viewChanged());
        pan.yProperty().addListener((obs, old, now) -> viewChanged());
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!syncingBars) {
                pan.setX(-now.doubleValue());
            }
        });
        vbar.valueProperty().addListener((obs, old, now) -> {
            if (!syncingBars) {
                pan.setY(-now.doubleValue());
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
        return zoom;
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
        Point2D local = sceneToLocal(sceneX, sceneY);
        return new Point2D((local.getX() - pan.getX()) / zoom.get(), (local.getY() - pan.getY()) / zoom.get());
    }

    /** Where a canvas point shows, in this control's coordinates. */
    public Point2D toLocal(double worldX, double worldY) {
        return new Point2D(worldX * zoom.get() + pan.getX(), worldY * zoom.get() + pan.getY());
    }

    /** The canvas area in view, in canvas units. */
    public Bounds visibleArea() {
        double w = Math.max(1, viewWidth());
        double h = Math.max(1, viewHeight());
        double limit = Bounds.LIMIT / 2;
        return new Bounds(Math.max(-limit, Math.min(limit, -pan.getX() / zoom.get())),
                Math.max(-limit, Math.min(limit, -pan.getY() / zoom.get())), w / zoom.get(), h / zoom.get());
    }

    /** The centre of the view, in canvas units. */
    public Point2D viewCentre() {
        Bounds v = visibleArea();
        return new Point2D(v.x() + v.width() / 2, v.y() + v.height() / 2);
    }

    public void zoomIn() {
        zoomAt(1.25, viewWidth() / 2, viewHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, viewWidth() / 2, viewHeight() / 2);
    }

    public void actualSize() {
        zoomAt(1 / zoom.get(), viewWidth() / 2, viewHeight() / 2);
    }

    /** Zooms by {@code factor} keeping the canvas point under (x, y) of this control in place. */
    public void zoomAt(double factor, double x, double y) {
        inOneViewChange(() -> zoomAtNow(factor, x, y));
    }

    private void zoomAtNow(double factor, double x, double y) {
        double old = zoom.get();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
        if (Math.abs(next - 1) < 0.02) {
            next = 1;
        }
        double worldX = (x - pan.getX()) / old;
        double worldY = (y - pan.getY()) / old;
        zoom.set(next);
        pan.setX(x - worldX * next);
        pan.setY(y - worldY * next);
    }

    /** Moves the view by (dx, dy) pixels. */
    public void panBy(double dx, double dy) {
        inOneViewChange(() -> {
            pan.setX(pan.getX() + dx);
            pan.setY(pan.getY() + dy);
        });
    }

    /**
     * Runs {@code change} (which may set the zoom and both pan coordinates) and then updates what depends on
     * the view once, for the final view: culling three times per frame, once for a half-applied view, made
     * and dropped skins for nothing.
     */
    private void inOneViewChange(Runnable change) {
        viewBatch++;
        try {
            change.run();
        } finally {
            if (--viewBatch == 0 && viewPending) {
                viewPending = false;
                viewChanged();
            }
        }
    }

    /** Shows the whole design, at actual size at most (Ctrl+0). */
    public void zoomToFit() {
        inOneViewChange(this::zoomToFitNow);
    }

    private void zoomToFitNow() {
        Design d = design.get();
        if (d == null || d.components().isEmpty()) {
            zoom.set(1);
            pan.setX(FIT_MARGIN);
            pan.setY(FIT_MARGIN);
            return;
        }
        Bounds content = contentBounds();
        double w = Math.max(1, viewWidth() - 2 * FIT_MARGIN);
        double h = Math.max(1, viewHeight() - 2 * FIT_MARGIN);
        double next = Math.max(MIN_ZOOM, Math.min(1, Math.min(w / content.width(), h / content.height())));
        zoom.set(next);
        double usedW = content.width() * next;
        double usedH = content.height() * next;
        pan.setX(Math.max(FIT_MARGIN, (viewWidth() - usedW) / 2) - content.x() * next);
        pan.setY(Math.max(FIT_MARGIN, (viewHeight() - usedH) / 2) - content.y() * next);
    }

    /**
     * Marks each component that a finding concerns with a badge in the colour of its worst finding.
     *
     * @param worst the worst severity key ("error", "warning", "info") by component id
     */
    public void showBadges(Design of, java.util.Map<String, String> worst) {
        badges.setWorst(worst);
        drawBadges();
    }

    private void drawBadges() {
        Bounds v = visibleArea();
        double margin = 200 / zoom.get();
        Bounds area = new Bounds(v.x() - margin, v.y() - margin, v.width() + 2 * margin, v.height() + 2 * margin);
        badges.draw(design.get(), area, layers.componentsIn(area));
    }

    /**
     * The components and servers marked as failed in the what-if view. Only the view changes: the design
     * and its file are untouched.
     */
    public javafx.collections.ObservableSet<String> simulatedFailures() {
        return whatIf.failures();
    }

    /** What the simulated failures cost, or {@code null} when nothing is marked failed. */
    public javafx.beans.property.ReadOnlyObjectProperty<dev.infradesigner.analysis.WhatIf> whatIfProperty() {
        return whatIf.resultProperty();
    }

    /**
     * Below this zoom the canvas drops its smallest text (kinds on cards, protocols on links; see app.css):
     * it is too small to read, and drawing it was most of the software renderer's work when zoomed out.
     */
    static final double SMALL_TEXT_ZOOM = 0.7;
    private static final javafx.css.PseudoClass ZOOMED_OUT = javafx.css.PseudoClass.getPseudoClass("zoomed-out");

    /** Selects the components with these ids and brings them into view. */
    public void selectAndReveal(java.util.List<String> ids) {
        inOneViewChange(() -> selectAndRevealNow(ids));
    }

    private void selectAndRevealNow(java.util.List<String> ids) {
        Design d = design.get();
        java.util.List<String> present = ids.stream().filter(id -> d != null && d.component(id).isPresent()).toList();
        if (present.isEmpty()) {
            return;
        }
        selection.set(present);
        Bounds area = areaOf(present);
        pan.setX(viewWidth() / 2 - (area.x() + area.width() / 2) * zoom.get());
        pan.setY(viewHeight() / 2 - (area.y() + area.height() / 2) * zoom.get());
    }

    /** The area the components with these ids cover (those still in the design), or {@code null} if none is. */
    Bounds areaOf(java.util.Collection<String> ids) {
        Design d = design.get();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean any = false;
        for (String id : ids) {
            java.util.Optional<Component> c = d == null ? java.util.Optional.empty() : d.component(id);
            if (c.isPresent()) {
                Bounds b = c.get().bounds();
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.maxX());
                maxY = Math.max(maxY, b.maxY());
                any = true;
            }
        }
        return any ? new Bounds(minX, minY, maxX - minX, maxY - minY) : null;
    }

    /**
     * Centres the view on {@code area}, zooming out (never in) until it fits with a margin: how a found
     * component is shown, wherever it is and however big.
     */
    public void centreOn(Bounds area) {
        inOneViewChange(() -> {
            double fit = fitZoom(area);
            if (zoom.get() > fit) {
                zoom.set(Math.max(MIN_ZOOM, fit));
            }
            centreNow(area.centerX(), area.centerY());
        });
    }

    /** Fits the selected components in the view, zooming in up to twice actual size (Ctrl+Shift+2). */
    public void zoomToSelection() {
        Bounds area = areaOf(selection.snapshot());
        if (area == null) {
            return;
        }
        inOneViewChange(() -> {
            zoom.set(Math.max(MIN_ZOOM, Math.min(SELECTION_MAX_ZOOM, fitZoom(area))));
            centreNow(area.centerX(), area.centerY());
        });
    }

    /** Puts the canvas point (x, y) in the middle of the view, at the same zoom (the overview's click). */
    public void centreAt(double x, double y) {
        inOneViewChange(() -> centreNow(x, y));
    }

    private void centreNow(double x, double y) {
        pan.setX(viewWidth() / 2 - x * zoom.get());
        pan.setY(viewHeight() / 2 - y * zoom.get());
    }

    private double fitZoom(Bounds area) {
        double w = Math.max(1, viewWidth() - 2 * FIT_MARGIN);
        double h = Math.max(1, viewHeight() - 2 * FIT_MARGIN);
        return Math.min(w / Math.max(1, area.width()), h / Math.max(1, area.height()));
    }

    /** The canvas area in view, updated when the view pans, zooms or resizes (the overview follows it). */
    public javafx.beans.property.ReadOnlyObjectProperty<Bounds> viewAreaProperty() {
        return viewArea.getReadOnlyProperty();
    }

    /**
     * The whole diagram as an image at {@code scale} (1 for actual size, 2 for HiDPI), off-screen parts
     * included. Runs on the FX thread; encoding the image is the caller's background work.
     */
    public javafx.scene.image.WritableImage snapshotDiagram(double scale) {
        Bounds content = contentBounds();
        layers.setArea(null);
        java.util.List<javafx.scene.transform.Transform> transforms = java.util.List.copyOf(world.getTransforms());
        world.getTransforms().clear();
        // At actual size in the image: the small text the view leaves out when zoomed out is drawn.
        world.pseudoClassStateChanged(ZOOMED_OUT, false);
        try {
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setTransform(new Scale(scale, scale));
            double margin = 24;
            params.setViewport(new javafx.geometry.Rectangle2D((content.x() - margin) * scale,
                    (content.y() - margin) * scale, (content.width() + 2 * margin) * scale,
                    (content.height() + 2 * margin) * scale));
            params.setFill(isDark() ? Color.web("#1c2128") : Color.web("#f6f8fa"));
            return world.snapshot(params, null);
        } finally {
            world.getTransforms().setAll(transforms);
            world.pseudoClassStateChanged(ZOOMED_OUT, zoom.get() < SMALL_TEXT_ZOOM);
            cull();
        }
    }

    /**
     * The smallest zoom a freshly opened design is fitted at. Below it, a design is so big that its shape
     * says nothing and drawing all of it at once is slow; it opens at actual size instead. Sample 04 needs
     * about 0.45 in a 1280-pixel window and used to open at actual size, half of it out of view.
     */
    static final double MIN_START_ZOOM = 0.3;

    /**
     * The view a freshly opened design gets: the whole design when it fits at {@link #MIN_START_ZOOM} or
     * more, else actual size at its top-left corner (Ctrl+0 still fits it all).
     */
    public void showDesignStart() {
        inOneViewChange(() -> {
            zoomToFitNow();
            if (zoom.get() < MIN_START_ZOOM) {
                Bounds content = contentBounds();
                zoom.set(1);
                pan.setX(FIT_MARGIN - content.x());
                pan.setY(FIT_MARGIN - content.y());
            }
        });
    }

    /** Brings a canvas area into view, centring it when it is off screen. */
    public void reveal(Bounds area) {
        Bounds v = visibleArea();
        if (!v.contains(area)) {
            inOneViewChange(() -> {
                pan.setX(viewWidth() / 2 - (area.x() + area.width() / 2) * zoom.get());
                pan.setY(viewHeight() / 2 - (area.y() + area.height() / 2) * zoom.get());
            });
        }
    }

    /** The area the design covers, or a default page when it is empty. */
    Bounds contentBounds() {
        Design d = design.get();
        if (d == null || d.components().isEmpty()) {
            return new Bounds(0, 0, 800, 600);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Component c : d.components()) {
            Bounds b = c.bounds();
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    double snap(double v) {
        return snapToGrid.get() ? Math.round(v / GRID) * GRID : v;
    }

    double viewWidth() {
        return Math.max(0, getWidth() - SCROLLBAR);
    }

    double viewHeight() {
        return Math.max(0, getHeight() - SCROLLBAR);
    }

    private void refreshSelectionLooks() {
        for (ElementSkin skin : layers.all()) {
            skin.setSelected(selection.contains(skin.elementId()) && !skin.isResolution());
        }
    }

    private void viewChanged() {
        if (viewBatch > 0) {
            viewPending = true;
            return;
        }
        cull();
        drawGrid();
        syncScrollBars();
        viewArea.set(visibleArea());
    }

    /** Keeps skins only for what is in view (with a margin), so the scene holds the visible part alone. */
    void cull() {
        Bounds v = visibleArea();
        double margin = 200 / zoom.get();
        layers.setArea(new Bounds(v.x() - margin, v.y() - margin, v.width() + 2 * margin, v.height() + 2 * margin));
        drawBadges();
    }

    /** How many skins the scene holds now, for the benchmark and tests of culling. */
    public int skinCount() {
        return layers.count();
    }

    private void styleNewSkin(ElementSkin skin) {
        String id = skin.elementId();
        boolean resolution = skin.isResolution();
        skin.setSelected(!resolution && selection.contains(id));
        if (whatIf != null) { // null while the layers are made, before the constructor reaches it
            whatIf.style(skin);
        }
    }

    private void syncScrollBars() {
        Bounds content = contentBounds();
        double z = zoom.get();
        double w = viewWidth();
        double h = viewHeight();
        syncingBars = true;
        try {
            double minX = Math.min(content.x() * z - FIT_MARGIN, -pan.getX());
            double maxX = Math.max(content.maxX() * z + FIT_MARGIN - w, -pan.getX());
            hbar.setMin(minX);
            hbar.setMax(Math.max(minX, maxX));
            hbar.setVisibleAmount(Math.max(1, (maxX - minX) * w / Math.max(1, maxX - minX + w)));
            hbar.setValue(-pan.getX());
            hbar.setUnitIncrement(20);
            hbar.setBlockIncrement(w * 0.8);
            double minY = Math.min(content.y() * z - FIT_MARGIN, -pan.getY());
            double maxY = Math.max(content.maxY() * z + FIT_MARGIN - h, -pan.getY());
            vbar.setMin(minY);
            vbar.setMax(Math.max(minY, maxY));
            vbar.setVisibleAmount(Math.max(1, (maxY - minY) * h / Math.max(1, maxY - minY + h)));
            vbar.setValue(-pan.getY());
            vbar.setUnitIncrement(20);
            vbar.setBlockIncrement(h * 0.8);
            // Bars only when there is somewhere to scroll to; a full-length thumb only adds noise.
            hbar.setVisible(maxX - minX > 1);
            vbar.setVisible(maxY - minY > 1);
        } finally {
            syncingBars = false;
        }
    }

    private void drawGrid() {
        grid.paint(viewWidth(), viewHeight(), zoom.get(), pan.getX(), pan.getY(), snapToGrid.get(), isDark());
    }

    private boolean isDark() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
    }

    /** Redraws the grid in the theme's colours. */
    public void themeChanged() {
        drawGrid();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        hbar.resizeRelocate(0, h - SCROLLBAR, w - SCROLLBAR, SCROLLBAR);
        vbar.resizeRelocate(w - SCROLLBAR, 0, SCROLLBAR, h - SCROLLBAR);
        overlay.resize(viewWidth(), viewHeight());
        viewChanged();
    }
}
