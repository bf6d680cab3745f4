package dev.infradesigner.lab.drill;

/**
 * One failure to inflict: a failure domain (a server with all it hosts) killed or frozen, only the HAProxy
 * of whichever load balancer holds a floating IP (to see the address move when HAProxy, not the machine,
 * fails), or a network device (a switch, router or uplink) losing power.
 *
 * @param hostname   the server, or {@code null}
 * @param floatingIp the floating IP whose holder's HAProxy fails, or {@code null}
 * @param deviceId   the network device that fails, or {@code null}
 * @param mode       killed or frozen (a device is always killed: every cable into it goes dark)
 */
public record DrillCase(String hostname, String floatingIp, String deviceId, Mode mode) {

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
        return new DrillCase(hostname, null, null, mode);
    }

    static DrillCase haproxyOfHolder(String floatingIp, Mode mode) {
        return new DrillCase(null, floatingIp, null, mode);
    }

    static DrillCase device(String deviceId) {
        return new DrillCase(null, null, deviceId, Mode.KILLED);
    }

    public boolean serviceOnly() {
        return floatingIp != null;
    }

    public boolean device() {
        return deviceId != null;
    }

    /** How it fails, in words: "killed", "frozen", or "down" for a device. */
    public String words() {
        return device() ? "down" : mode.words();
    }

    /** What fails, for the request log and the reports: {@code server}, {@code haproxy} or {@code device}. */
    public String failure() {
        return serviceOnly() ? "haproxy" : device() ? "device" : "server";
    }
}
