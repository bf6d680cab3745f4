package dev.infradesigner.edit;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.Set;

/** New ids and labels that no element of a design uses yet ("web-server-3", "Web server 3"). */
final class Ids {

    private Ids() {
    }

    /** {@code base} itself if free, else {@code base-2}, {@code base-3}... skipping {@code taken} too. */
    static String fresh(Design design, String base, Set<String> taken) {
        String clean = base.toLowerCase().replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
        if (clean.isEmpty() || !Character.isLetterOrDigit(clean.charAt(0))) {
            clean = "c" + clean;
        }
        if (clean.length() > 48) {
            clean = clean.substring(0, 48);
        }
        if (!design.contains(clean) && !taken.contains(clean)) {
            return clean;
        }
        // A copy of "lb-2" is "lb-3", not "lb-2-2".
        java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("(.+)-(\\d{1,6})").matcher(clean);
        if (numbered.matches()) {
            clean = numbered.group(1);
        }
        for (int n = 2; ; n++) {
            String candidate = clean + "-" + n;
            if (!design.contains(candidate) && !taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The first free id "kind-N", with a short label a card has room for ("Nginx 2", "MySQL 1"). */
    static String[] numbered(Design design, ComponentKind kind) {
        for (int n = 1; ; n++) {
            String id = kind.key() + "-" + n;
            if (!design.contains(id)) {
                String label = kind == ComponentKind.USERS && n == 1 ? "Users" : kind.shortName() + " " + n;
                return new String[] {id, label};
            }
        }
    }
}
