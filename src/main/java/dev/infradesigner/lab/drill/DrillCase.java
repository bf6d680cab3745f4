package dev.infradesigner.lab.drill;

/**
 * One failure to inflict: a failure domain (a server with all it hosts) killed or frozen, or only the
 * HAProxy of whichever load balancer holds a floating IP (to see the address move when HAProxy, not the
 * machine, fails).
 *
 * @param hostname the server, or {@code null} for "the holder of {@code floatingIp}"
 * @param floatingIp the floating IP whose holder's HAProxy fails, or {@code null}
 * @param mode     killed or frozen
 */
public record DrillCase(String hostname, String floatingIp, Mode mode) {

    /** How it fails. */
    public enum Mode {
        /** SIGKILL and its cable pulled: connections are refused or time out at once */
        KILLED("killed"),
        /** SIGSTOP: connections open, nothing answers; only timeouts tell */
        FROZEN("frozen");

        private final String words;

        Mode(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    static DrillCase domain(String hostname, Mode mode) {
        return new DrillCase(hostname, null, mode);
    }

    static DrillCase haproxyOfHolder(String floatingIp, Mode mode) {
        return new DrillCase(null, floatingIp, mode);
    }

    public boolean serviceOnly() {
        return floatingIp != null;
    }
}
