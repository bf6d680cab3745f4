package dev.infradesigner.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * What a component is, described once: everything the app knows about a kind (its settings and how they
 * are read, where the palette shows it, its icon and colours, the links drawn to it, the tier it serves, how
 * Tidy Up places it) is here, so the reader, writer, palette, canvas, diagrams, link proposals and rules ask
 * the kind instead of keeping lists of kinds that a new kind would have to join. The app's own kinds are the
 * constants below (listed by {@link ShippedKinds}); other kinds come from a {@link KindProvider}. Each kind
 * is one instance, so {@code ==} compares kinds. Built with {@link #builder}.
 */
public final class ComponentKind implements Keyed {

    /** Switches' and routers' default availability: vendors' MTBF figures with a 4-hour replacement. */
    /** A daemon's own failures: an assumption, stated as one, for a user to replace with their history. */
    private static final String DAEMON = "a daemon under a supervisor that restarts it: about 4 hours a year "
            + "of crashes, hangs, bad deploys and restarts (an assumption: set your own from your incidents)";

    private static final String NETWORK_HARDWARE = "a data-centre switch or router: vendors quote an MTBF of "
            + "100,000 hours or more, which with a 4-hour hardware replacement is 99.996%, rounded down";

    public static final ComponentKind USERS = builder("users", "Users").shortName("Users")
            .schema(UsersSettings.SCHEMA)
            .settings(UsersSettings.class, UsersSettings::new, UsersSettings::read)
            .palette(PaletteGroup.ENTRY, 10).colours("#8250df", "#a371f7").column(0)
            .availability(1, "users never fail: they are where requests start")
            .help("Users / internet: where requests come from. Link it to what they reach first.").build();
    public static final ComponentKind DNS = builder("dns", "DNS record").shortName("DNS")
            .schema(DnsSettings.SCHEMA)
            .settings(DnsSettings.class, () -> DnsSettings.DEFAULT, DnsSettings::read)
            .palette(PaletteGroup.ENTRY, 20).colours("#bf3989", "#db61a2").column(1)
            .help("DNS record: the name users type. Drag from its connector to what it points at.").build();
    public static final ComponentKind SERVER = builder("server", "Server").shortName("Server")
            .schema(ServerSettings.SCHEMA)
            .settings(ServerSettings.class, () -> ServerSettings.DEFAULT, ServerSettings::read)
            .palette(PaletteGroup.HOSTS, 10).colours("#6e7781", "#8b949e").column(4).hosts().dnsTarget()
            .help("Server: a machine that hosts components. Drop components onto it; "
                    + "when it fails, everything on it fails.").build();
    public static final ComponentKind LOAD_BALANCER = builder("load-balancer", "Load balancer").shortName("HAProxy")
            .schema(LoadBalancerSettings.SCHEMA)
            .settings(LoadBalancerSettings.class, () -> LoadBalancerSettings.DEFAULT, LoadBalancerSettings::read)
            .palette(PaletteGroup.SERVICES, 10).colours("#0969da", "#4493f8").column(3).hostable().dnsTarget()
            .onRequestPath().placesServer()
            .availability(0.9999, "a managed load balancer (on no server): the 99.99% of the Elastic Load "
                    + "Balancing SLA")
            .hostedAvailability(0.9995, DAEMON)
            .help("Load balancer (HAProxy): spreads requests over two or more backends.").build();
    public static final ComponentKind WEB_SERVER = builder("web-server", "Web server").shortName("Nginx")
            .schema(WebServerSettings.SCHEMA)
            .settings(WebServerSettings.class, () -> WebServerSettings.DEFAULT, WebServerSettings::read)
            .palette(PaletteGroup.SERVICES, 20).colours("#1a7f37", "#3fb950").column(4).hostable().dnsTarget()
            .onRequestPath().placesServer().serves(ServedTier.WEB)
            .hostedAvailability(0.9995, DAEMON)
            .help("Web server (Nginx): answers HTTP(S), serves static files, forwards the rest.").build();
    public static final ComponentKind APP_SERVER = builder("app-server", "Application server").shortName("App server")
            .schema(AppServerSettings.SCHEMA)
            .settings(AppServerSettings.class, () -> AppServerSettings.DEFAULT, AppServerSettings::read)
            .palette(PaletteGroup.SERVICES, 30).colours("#9a6700", "#d29922").column(5).hostable()
            .onRequestPath().placesServer().serves(ServedTier.APPLICATION)
            .hostedAvailability(0.999, "the application's own code and runtime: about 9 hours a year of "
                    + "crashes, hangs and bad deploys, twice a stock daemon's (an assumption: set your own)")
            .linksIn(Protocol.HTTP, s -> ((AppServerSettings) s).port())
            .help("Application server: runs the application code and talks to the database.").build();
    public static final ComponentKind CODE_BASE = builder("code-base", "Code base").shortName("Code")
            .schema(CodeBaseSettings.SCHEMA)
            .settings(CodeBaseSettings.class, () -> CodeBaseSettings.DEFAULT, CodeBaseSettings::read)
            .palette(PaletteGroup.SERVICES, 40).colours("#7d4e00", "#bb8009").column(5).hostable()
            .help("Code base: the application's files, deployed on a server.").build();
    public static final ComponentKind DATABASE = builder("database", "Database").shortName("MySQL")
            .schema(DatabaseSettings.SCHEMA)
            .settings(DatabaseSettings.class, () -> DatabaseSettings.DEFAULT, DatabaseSettings::read)
            .palette(PaletteGroup.SERVICES, 50).colours("#cf222e", "#f85149").column(6).hostable()
            .onRequestPath().placesServer().serves(ServedTier.DATABASE)
            .hostedAvailability(0.9995, DAEMON)
            .linksIn(Protocol.MYSQL, s -> ((DatabaseSettings) s).port())
            .help("Database (MySQL): a primary takes writes; replicas copy it and serve reads.").build();
    public static final ComponentKind FIREWALL = builder("firewall", "Firewall").shortName("Firewall")
            .schema(FirewallSettings.SCHEMA)
            .settings(FirewallSettings.class, () -> FirewallSettings.DEFAULT, FirewallSettings::read)
            .palette(PaletteGroup.OPERATIONS, 10).colours("#bc4c00", "#db6d28").column(2).hostable().dnsTarget()
            .help("Firewall: on a server (host firewall) or in front of it on the traffic path.").build();
    public static final ComponentKind MONITORING_SERVICE = builder("monitoring-service", "Monitoring service")
            .shortName("Prometheus")
            .schema(MonitoringServiceSettings.SCHEMA)
            .settings(MonitoringServiceSettings.class, () -> MonitoringServiceSettings.DEFAULT,
                    MonitoringServiceSettings::read)
            .palette(PaletteGroup.OPERATIONS, 20).colours("#0550ae", "#58a6ff").column(8).hostable().placesServer()
            .linksIn(Protocol.MONITORING, s -> ((MonitoringServiceSettings) s).port())
            .help("Monitoring service (Prometheus, Datadog...): collects what agents send.").build();
    public static final ComponentKind MONITORING_AGENT = builder("monitoring-agent", "Monitoring agent")
            .shortName("Agent")
            .schema(MonitoringAgentSettings.SCHEMA)
            .settings(MonitoringAgentSettings.class, () -> MonitoringAgentSettings.DEFAULT,
                    MonitoringAgentSettings::read)
            .palette(PaletteGroup.OPERATIONS, 30).colours("#3192aa", "#39c5cf").column(7).hostable()
            .help("Monitoring agent: put one on each server and link it to the service.").build();

    public static final ComponentKind SWITCH = builder("switch", "Switch").shortName("Switch")
            .schema(SwitchSettings.SCHEMA)
            .settings(SwitchSettings.class, () -> SwitchSettings.DEFAULT, SwitchSettings::read)
            .palette(PaletteGroup.NETWORK, 10).colours("#6639ba", "#a371f7").column(2).networkDevice()
            .availability(0.9999, NETWORK_HARDWARE)
            .linksIn(Protocol.NETWORK, s -> 0)
            .help("Switch: servers attach to it with a network link; attach it to a router or another switch. "
                    + "When it fails, what reaches the rest only through it is cut off.").build();
    public static final ComponentKind ROUTER = builder("router", "Router").shortName("Router")
            .schema(RouterSettings.SCHEMA)
            .settings(RouterSettings.class, () -> RouterSettings.DEFAULT, RouterSettings::read)
            .palette(PaletteGroup.NETWORK, 20).colours("#8a4600", "#e3b341").column(1).networkDevice()
            .availability(0.9999, NETWORK_HARDWARE)
            .linksIn(Protocol.NETWORK, s -> 0)
            .help("Router: joins switches, and the design to its internet uplinks.").build();
    public static final ComponentKind UPLINK = builder("uplink", "Internet uplink").shortName("Uplink")
            .schema(UplinkSettings.SCHEMA)
            .settings(UplinkSettings.class, () -> UplinkSettings.DEFAULT, UplinkSettings::read)
            .palette(PaletteGroup.NETWORK, 30).colours("#116329", "#7ee787").column(1).networkDevice()
            .availability(0.999, "a business internet connection: the 99.9% that providers' dedicated-access "
                    + "SLAs commonly promise")
            .linksIn(Protocol.NETWORK, s -> 0)
            .help("Internet uplink: a connection from a provider into a router. Users reach the design only "
                    + "through one; two from different providers leave no single internet connection.").build();

    private final String key;
    private final String displayName;
    private final String shortName;
    private final String help;
    private final boolean hostable;
    private final boolean hosts;
    private final String settingsSchema;
    private final Class<? extends Settings> settingsType;
    private final Supplier<? extends Settings> defaults;
    private final Function<SettingsSource, ? extends Settings> reader;
    private final PaletteGroup paletteGroup;
    private final int paletteOrder;
    private final String icon;
    private final String lightColour;
    private final String darkColour;
    private final Protocol inboundProtocol;
    private final ToIntFunction<Settings> inboundPort;
    private final ServedTier servedTier;
    private final boolean onRequestPath;
    private final int column;
    private final boolean placesServer;
    private final boolean dnsTarget;
    private final boolean networkDevice;
    private final double availability;
    private final String availabilitySource;
    private final double hostedAvailability;
    private final String hostedAvailabilitySource;
    private int ordinal = -1; // found once; a race only finds it twice

    ComponentKind(KindBuilder b) {
        this.key = b.key;
        this.displayName = b.displayName;
        this.shortName = b.shortName;
        this.help = b.help;
        this.hostable = b.hostable;
        this.hosts = b.hosts;
        this.settingsSchema = b.settingsSchema;
        this.settingsType = b.settingsType;
        this.defaults = b.defaults;
        this.reader = b.reader;
        this.paletteGroup = b.paletteGroup;
        this.paletteOrder = b.paletteOrder;
        this.icon = b.icon;
        this.lightColour = b.lightColour;
        this.darkColour = b.darkColour;
        this.inboundProtocol = b.inboundProtocol;
        this.inboundPort = b.inboundPort;
        this.servedTier = b.servedTier;
        this.onRequestPath = b.onRequestPath;
        this.column = b.column;
        this.placesServer = b.placesServer;
        this.dnsTarget = b.dnsTarget;
        this.networkDevice = b.networkDevice;
        this.availability = b.availability;
        this.availabilitySource = b.availabilitySource;
        this.hostedAvailability = b.hostedAvailability;
        this.hostedAvailabilitySource = b.hostedAvailabilitySource;
    }

    /** Starts describing a kind whose stable file name is {@code key}. */
    public static KindBuilder builder(String key, String displayName) {
        return new KindBuilder(key, displayName);
    }

    /** Every registered kind: the app's own in palette order, then those of other providers. */
    public static List<ComponentKind> values() {
        return KindRegistry.kinds();
    }

    /** The registered kind whose key is {@code key}. */
    public static Optional<ComponentKind> parse(String key) {
        return KindRegistry.byKey(key);
    }

    /** The keys of every registered kind, for messages ("one of a, b, c"). */
    public static String keys() {
        return String.join(", ", values().stream().map(ComponentKind::key).toList());
    }

    /** This kind's place in {@link #values()}: small and dense, for arrays and bit sets indexed by kind. */
    public int ordinal() {
        int o = ordinal;
        if (o < 0) {
            o = KindRegistry.indexOf(this);
            ordinal = o;
        }
        return o;
    }

    @Override
    public String key() {
        return key;
    }

    /** A name for people, as in menus and messages. */
    public String displayName() {
        return displayName;
    }

    /**
     * The display name as it reads inside a sentence, with its article: "a load balancer", "an application
     * server", "a DNS record", and "users" without one, since it names many. Messages built from the key
     * read wrongly ("a users cannot be hosted").
     */
    public String inSentence() {
        String name = displayName.length() > 1 && Character.isUpperCase(displayName.charAt(1)) ? displayName
                : Character.toLowerCase(displayName.charAt(0)) + displayName.substring(1);
        if (name.endsWith("s") && !name.endsWith("ss")) {
            return name;
        }
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** The start of the labels of new components ("HAProxy 2"). */
    public String shortName() {
        return shortName;
    }

    /** One line for people new to web stacks, as the palette's tooltip. */
    public String help() {
        return help;
    }

    /** Whether a server may host a component of this kind (users, DNS and servers themselves may not). */
    public boolean hostable() {
        return hostable;
    }

    /** Whether components of this kind host others (servers). */
    public boolean hosts() {
        return hosts;
    }

    /** The JSON Schema of this kind's settings object, as the published file schema holds it. */
    public String settingsSchema() {
        return settingsSchema;
    }

    /** The record type of this kind's settings. */
    public Class<? extends Settings> settingsType() {
        return settingsType;
    }

    /** Sensible settings for a new component of this kind, as the palette creates it. */
    public Settings defaults() {
        return defaults.get();
    }

    /** Reads this kind's settings from {@code in}; {@code null} when they have problems (reported by {@code in}). */
    public Settings read(SettingsSource in) {
        return reader.apply(in);
    }

    public PaletteGroup paletteGroup() {
        return paletteGroup;
    }

    /** The place in its palette group: smaller is higher. */
    public int paletteOrder() {
        return paletteOrder;
    }

    /** The base name of the icon files ({@code NAME-48.png} under {@code icons/kinds/png} and {@code png-dark}). */
    public String icon() {
        return icon;
    }

    /** The style class of this kind's cards and palette items. */
    public String styleClass() {
        return "kind-" + key;
    }

    /** The colour in the light theme (and in exported diagrams), {@code #rrggbb}. */
    public String colour() {
        return lightColour;
    }

    /** The colour in the dark theme, {@code #rrggbb}. */
    public String darkColour() {
        return darkColour;
    }

    /** The protocol a new link to a component of this kind starts with. */
    public Protocol inboundProtocol() {
        return inboundProtocol;
    }

    /** The port a new link to {@code target} (of this kind) starts with. */
    public int inboundPort(Component target) {
        return inboundPort.applyAsInt(target.settings());
    }

    /** The tier its components serve, if any. */
    public ServedTier servedTier() {
        return servedTier;
    }

    /** Whether user traffic is expected to reach it (a component of it no traffic reaches serves nobody). */
    public boolean onRequestPath() {
        return onRequestPath;
    }

    /** Its column along the traffic, left to right, for Tidy Up. */
    public int column() {
        return column;
    }

    /** Whether it is a hop of the requests that places the server holding it (Tidy Up). */
    public boolean placesServer() {
        return placesServer;
    }

    /** Whether a DNS record may point at it (the public entry). */
    public boolean dnsTarget() {
        return dnsTarget;
    }

    /**
     * Whether it is a device of the network layer (a switch, router or uplink): a failure domain of its own
     * that servers reach each other and users reach the design through, once a design has any.
     */
    public boolean networkDevice() {
        return networkDevice;
    }

    /** The default share of the time it is up as a failure domain of its own (docs/availability.md). */
    public double availability() {
        return availability;
    }

    /** Where {@link #availability()} comes from, for the docs and the design's availability page. */
    public String availabilitySource() {
        return availabilitySource;
    }

    /** The default share of the time it is up on a server that is up (its own software failing alone). */
    public double hostedAvailability() {
        return hostedAvailability;
    }

    /** Where {@link #hostedAvailability()} comes from. */
    public String hostedAvailabilitySource() {
        return hostedAvailabilitySource;
    }

    @Override
    public String toString() {
        return key;
    }
}
