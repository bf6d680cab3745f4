package dev.infradesigner.model;

/**
 * A place on the canvas, in canvas units: a bend a person put in a link (a waypoint). Kept apart from
 * {@link Bounds} because a point has no size; it obeys the same coordinate limits.
 */
public record Point(double x, double y) {

    public Point {
        finite("x", x);
        finite("y", y);
        x += 0.0;
        y += 0.0;
    }

    /** The same point shifted by (dx, dy). */
    public Point moved(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > Bounds.LIMIT) {
            throw InvalidDesignException.of(field, value + " is not a coordinate between -" + (long) Bounds.LIMIT
                    + " and " + (long) Bounds.LIMIT);
        }
    }
}
