package dev.infradesigner.ui.findings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The section of {@code docs/rules.md} (bundled in the jar) about one rule id: why it matters, an
 * example and the fix, shown in the app beside a finding so nobody needs the repository to read it.
 */
public final class RuleDocs {

    private static final String RESOURCE = "/dev/infradesigner/docs/rules.md";
    private static String text;

    private RuleDocs() {
    }

    /** The section whose heading names {@code ruleId}, heading included, or empty if there is none. */
    public static Optional<String> section(String ruleId) {
        String all = load();
        String marker = "## `" + ruleId + "`";
        int start = all.indexOf(marker);
        if (start < 0) {
            return Optional.empty();
        }
        int end = all.indexOf("\n## ", start + marker.length());
        return Optional.of(all.substring(start, end < 0 ? all.length() : end).strip());
    }

    private static synchronized String load() {
        if (text == null) {
            try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE)) {
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = "";
            }
        }
        return text;
    }
}
