package dev.infradesigner.model;

/**
 * Where a component sits on the canvas, in canvas units, top-left corner and size. Positions are
 * absolute, also for components inside a server, so drawing never needs the hosting chain.
 */
public record Bounds(double x, double y, double width, double height) {

    /** The largest coordinate accepted; beyond it a canvas is no longer something a person can pan. */
    public static final double LIMIT = 1_000_000;

    public Bounds {
        finite("x", x);
        finite("y", y);
        finite("width", width);
        finite("height", height);
        if (width <= 0) {
            throw InvalidDesignException.of("width", width + " is not a positive width");
        }
        if (height <= 0) {
            throw InvalidDesignException.of("height", height + " is not a positive height");
        }
        // -0.0 and 0.0 are the same place; adding 0.0 turns the first into the second so equal bounds are equal.
        x += 0.0;
        y += 0.0;
    }

    public Bounds moved(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /**
     * Where the line from the centre towards (tx, ty) leaves this rectangle: where an arrow between two
     * boxes starts or ends, on the canvas and in the exported diagram alike. The centre itself when the
     * point is the centre.
     */
    public double[] edgeToward(double tx, double ty) {
        double cx = centerX();
        double cy = centerY();
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double scaleX = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double scaleY = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double scale = Math.min(scaleX, scaleY);
        return new double[] {cx + dx * scale, cy + dy * scale};
    }

    /** Whether {@code other} lies entirely inside these bounds. */
    public boolean contains(Bounds other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** Whether the two rectangles share any area. */
    public boolean overlaps(Bounds other) {
        return other.x < maxX() && x < other.maxX() && other.y < maxY() && y < other.maxY();
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > LIMIT) {
            throw InvalidDesignException.of(field, value + " is not a coordinate between -" + (long) LIMIT
                    + " and " + (long) LIMIT);
        }
    }
}
