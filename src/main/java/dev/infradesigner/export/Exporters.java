package dev.infradesigner.export;

import java.util.List;
import java.util.Optional;

/** Every exporter, in the order the export command writes them. */
public final class Exporters {

    private static final List<Exporter> ALL = List.of(new HaproxyExporter(), new NginxExporter(),
            new KeepalivedExporter(), new PrometheusExporter(), new UfwExporter(), new MysqlExporter(),
            new DnsExporter());

    private Exporters() {
    }

    public static List<Exporter> all() {
        return ALL;
    }

    public static Optional<Exporter> byId(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
