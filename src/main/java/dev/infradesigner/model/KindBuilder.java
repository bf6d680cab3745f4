package dev.infradesigner.model;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The facts of a kind being described. Every fact has a default that suits a plain service nobody
 * hosts; say only what differs.
 */
public final class KindBuilder {

    final String key;
    final String displayName;
    String shortName;
    String help;
    boolean hostable;
    boolean hosts;
    String settingsSchema = "{\"type\": \"object\"}";
    Class<? extends Settings> settingsType;
    Supplier<? extends Settings> defaults;
    Function<SettingsSource, ? extends Settings> reader;
    PaletteGroup paletteGroup = PaletteGroup.SERVICES;
    int paletteOrder = 1000;
    String icon;
    String lightColour = "#6e7781";
    String darkColour = "#8b949e";
    Protocol inboundProtocol = Protocol.HTTP;
    ToIntFunction<Settings> inboundPort = s -> Protocol.HTTP.defaultPort();
    ServedTier servedTier = ServedTier.NONE;
    boolean onRequestPath;
    int column = 4;
    boolean placesServer;
    boolean dnsTarget;
    boolean networkDevice;
    double availability = MACHINE_AVAILABILITY;
    String availabilitySource = MACHINE_SOURCE;
    double hostedAvailability = 1;
    String hostedAvailabilitySource = "nothing of its own to fail: it fails with its server";

    /** What a component of a kind is up for when it is a failure domain of its own: one machine's. */
    static final double MACHINE_AVAILABILITY = 0.995;
    static final String MACHINE_SOURCE = "one machine: the 99.5% instance-level uptime of the Amazon EC2 SLA";

    KindBuilder(String key, String displayName) {
        this.key = Checks.id("key", key);
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.shortName = displayName;
        this.help = displayName + ".";
        this.icon = key;
    }

    public <S extends Settings> KindBuilder settings(Class<S> type, Supplier<S> newSettings,
            Function<SettingsSource, S> read) {
        this.settingsType = type;
        this.defaults = newSettings;
        this.reader = read;
        return this;
    }

    /** The JSON Schema (2020-12) of its settings object; shared parts are {@code #/$defs/...} of the file schema. */
    public KindBuilder schema(String json) {
        this.settingsSchema = Objects.requireNonNull(json, "schema");
        return this;
    }

    public KindBuilder shortName(String name) {
        this.shortName = name;
        return this;
    }

    public KindBuilder help(String text) {
        this.help = text;
        return this;
    }

    public KindBuilder hostable() {
        this.hostable = true;
        return this;
    }

    public KindBuilder hosts() {
        this.hosts = true;
        return this;
    }

    public KindBuilder palette(PaletteGroup group, int order) {
        this.paletteGroup = group;
        this.paletteOrder = order;
        return this;
    }

    public KindBuilder icon(String name) {
        this.icon = name;
        return this;
    }

    /** Its colour in the light theme (also the diagrams') and in the dark one, each {@code #rrggbb}. */
    public KindBuilder colours(String light, String dark) {
        this.lightColour = colour(light);
        this.darkColour = colour(dark);
        return this;
    }

    /** The protocol of new links to it and their port, from the target's settings. */
    public KindBuilder linksIn(Protocol protocol, ToIntFunction<Settings> port) {
        this.inboundProtocol = protocol;
        this.inboundPort = port;
        return this;
    }

    public KindBuilder serves(ServedTier tier) {
        this.servedTier = tier;
        return this;
    }

    public KindBuilder onRequestPath() {
        this.onRequestPath = true;
        return this;
    }

    public KindBuilder column(int value) {
        this.column = value;
        return this;
    }

    public KindBuilder placesServer() {
        this.placesServer = true;
        return this;
    }

    public KindBuilder dnsTarget() {
        this.dnsTarget = true;
        return this;
    }

    /**
     * The share of the time a component of this kind is up when it is a failure domain of its own (a
     * server, a network device, a component on no server), and where that figure comes from.
     */
    public KindBuilder availability(double share, String source) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("availability " + share + " is not between 0 and 1");
        }
        this.availability = share;
        this.availabilitySource = Objects.requireNonNull(source, "source");
        return this;
    }

    /**
     * The share of the time a component of this kind is up on a server that is up: its own software's
     * crashes, hangs and restarts, which fail it alone (as the lab's drill that kills only HAProxy does).
     */
    public KindBuilder hostedAvailability(double share, String source) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("availability " + share + " is not between 0 and 1");
        }
        this.hostedAvailability = share;
        this.hostedAvailabilitySource = Objects.requireNonNull(source, "source");
        return this;
    }

    public KindBuilder networkDevice() {
        this.networkDevice = true;
        return this;
    }

    public ComponentKind build() {
        Objects.requireNonNull(settingsType, "settings");
        return new ComponentKind(this);
    }

    private static String colour(String value) {
        if (value == null || !value.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("a colour is #rrggbb in lower case, not " + value);
        }
        return value;
    }
}
