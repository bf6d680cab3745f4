package dev.infradesigner.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a link's optional {@code waypoints} list ({@code [{"x": 10, "y": 20}, ...]}). Files written before
 * links had waypoints lack the field, which means none. Every bad entry is reported with its path.
 */
final class Waypoints {

    private Waypoints() {
    }

    /** The waypoints of the link read by {@code f}; empty when absent or (reported) wrong. */
    static List<Point> read(JsonFields f, ProblemSink problems) {
        JsonNode raw = f.raw("waypoints");
        if (raw == null) {
            return List.of();
        }
        String path = f.pathOf("waypoints");
        if (!raw.isArray()) {
            problems.add(path, "expected a list of points, found " + JsonFields.describe(raw));
            return List.of();
        }
        if (raw.size() > Link.MAX_WAYPOINTS) {
            problems.add(path, raw.size() + " waypoints are more than " + Link.MAX_WAYPOINTS);
            return List.of();
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            JsonFields p = JsonFields.of(raw.get(i), path + "[" + i + "]", problems);
            if (p == null) {
                continue;
            }
            Double x = p.number("x", true);
            Double y = p.number("y", true);
            Point point = SettingsReader.build(p, () -> new Point(x, y));
            if (point != null) {
                points.add(point);
            }
        }
        return points;
    }
}
