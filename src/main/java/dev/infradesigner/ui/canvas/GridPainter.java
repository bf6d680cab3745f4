package dev.infradesigner.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The dotted grid behind the design: one canvas the size of the view, repainted when the view moves. */
final class GridPainter {

    private final Canvas canvas = new Canvas();

    GridPainter() {
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
    }

    Canvas node() {
        return canvas;
    }

    /** Paints dots every few grid steps (never closer than 14 px), offset by the pan. */
    void paint(double width, double height, double zoom, double panX, double panY, boolean snapping, boolean dark) {
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        double step = DesignCanvas.GRID * 4 * zoom;
        while (step < 14) {
            step *= 2;
        }
        g.setFill(dark ? Color.rgb(110, 118, 129, 0.35) : Color.rgb(140, 149, 159, 0.35));
        double startX = panX % step;
        double startY = panY % step;
        double dot = snapping ? 1.6 : 1.0;
        for (double x = startX; x < width; x += step) {
            for (double y = startY; y < height; y += step) {
                g.fillRect(x - dot / 2, y - dot / 2, dot, dot);
            }
        }
    }
}
