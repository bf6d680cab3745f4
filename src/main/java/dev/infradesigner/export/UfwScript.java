package dev.infradesigner.export;

import dev.infradesigner.export.FirewallOpenings.Opening;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of one server's {@code ufw.sh}. It must be safe to run on a live server, again and again: it
 * never resets (a reset drops every rule and stops filtering while the script runs), adds the design's
 * rules before it sets default deny, and removes only rules that an earlier export wrote, found by the tag
 * that starts their comments. A rule's comment is its identity: the tag, the rule's protocol, port and
 * source, then the safe names of what needs it; a rule an earlier design wrote whose comment is not among
 * this design's is stale.
 */
final class UfwScript {

    /** What every comment this export writes starts with; other rules are never touched. */
    static final String TAG = "infra-designer:";

    /** At most this many characters of names follow the rule's key in a comment. */
    private static final int MAX_NAMES = 80;

    private UfwScript() {
    }

    /** The {@code ufw allow} lines for {@code openings}, in order. */
    static List<String> rules(Map<Opening, Set<String>> openings) {
        List<String> rules = new ArrayList<>();
        openings.forEach((opening, names) -> rules.add(rule(opening, names)));
        return rules;
    }

    static String full(String header, Map<Opening, Set<String>> openings) {
        StringBuilder out = new StringBuilder("#!/bin/sh\n").append(header)
                .append("#\n")
                .append("# Safe to run again: it adds the rules below (ufw skips those it has), deletes the rules an\n")
                .append("# earlier export wrote (their comments start \"" + TAG + "\") that this design no longer has,\n")
                .append("# and leaves every other rule alone. Filtering never stops: nothing is reset, and the\n")
                .append("# defaults are set and the firewall enabled only after the rules are in, and only when\n")
                .append("# they are not so already (either reloads a running firewall).\n")
                .append("set -euf\n")
                .append("# ufw's messages in English, which the checks below read.\n")
                .append("LC_ALL=C\nexport LC_ALL\n\n")
                .append("# Adds a rule and keeps its comment, the last argument: the rules this design has.\n")
                .append("kept=''\n")
                .append("allow() {\n")
                .append("    ufw allow \"$@\"\n")
                .append("    for comment; do :; done\n")
                .append("    kept=\"$kept$comment\n\"\n")
                .append("}\n\n");
        rules(openings).forEach(r -> out.append(r.substring("ufw ".length())).append('\n'));
        out.append("\n# Delete the rules an earlier export wrote that are not among those above.\n")
                .append("added=$(ufw show added)\n")
                .append("printf '%s\\n' \"$added\" | while IFS= read -r rule; do\n")
                .append("    case $rule in\n")
                .append("        *\" comment '" + TAG + "\"*) ;;\n")
                .append("        *) continue ;;\n")
                .append("    esac\n")
                .append("    tag=${rule##*\" comment '\"}\n")
                .append("    if printf '%s' \"$kept\" | grep -qxF -e \"${tag%?}\"; then\n")
                .append("        continue\n")
                .append("    fi\n")
                .append("    rule=${rule%%\" comment '\"*}\n")
                .append("    ufw --force delete ${rule#ufw }\n")
                .append("done\n")
                .append("\n# Deny what the rules do not allow, and start filtering if it is not running yet.\n")
                .append("# ufw keeps its default policies in /etc/default/ufw (Debian's already deny incoming).\n")
                .append("if ! grep -qx 'DEFAULT_INPUT_POLICY=\"DROP\"' /etc/default/ufw; then\n")
                .append("    ufw default deny incoming\n")
                .append("fi\n")
                .append("if ! grep -qx 'DEFAULT_OUTPUT_POLICY=\"ACCEPT\"' /etc/default/ufw; then\n")
                .append("    ufw default allow outgoing\n")
                .append("fi\n")
                .append("if ! ufw status | grep -q '^Status: active'; then\n")
                .append("    ufw --force enable\n")
                .append("fi\n")
                .append("echo \"ufw.sh: the design's rules are in place; 'ufw status verbose' lists them.\"\n");
        return out.toString();
    }

    static String snippet(String header, Map<Opening, Set<String>> openings) {
        StringBuilder out = new StringBuilder(header);
        rules(openings).forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    private static String rule(Opening opening, Set<String> names) {
        String what = opening.port() == 0 ? "" : "port " + opening.port() + " ";
        return "ufw allow from " + opening.source() + " to any " + what + "proto " + opening.protocol()
                + " comment '" + comment(opening, names) + "'";
    }

    /**
     * The tag, the rule itself ({@code tcp-443-from-any}) and the names of what needs it. The rule's part
     * makes comments of different rules differ, so a changed source or port is a new comment and the old
     * rule is found stale; names are safe names (letters, digits, {@code -} and {@code _}), cut short.
     */
    static String comment(Opening opening, Set<String> names) {
        String key = opening.protocol() + (opening.port() == 0 ? "" : "-" + opening.port()) + "-from-"
                + opening.source();
        String joined = String.join(",", names);
        if (joined.length() > MAX_NAMES) {
            joined = joined.substring(0, MAX_NAMES - 3) + "...";
        }
        return TAG + key + ":" + joined;
    }
}
