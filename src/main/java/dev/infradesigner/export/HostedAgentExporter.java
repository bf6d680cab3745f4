package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.MonitoringProduct;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent configuration for agents that report to a hosted service (Datadog, Sumo Logic): one file per
 * agent's server naming the host. The account's keys are not part of a design, so the file says where
 * they go. Prometheus agents need no file of their own: the server scrapes them.
 */
final class HostedAgentExporter {

    List<ExportedFile> export(Design design) {
        List<ExportedFile> files = new ArrayList<>();
        for (Component agent : design.componentsOf(ComponentKind.MONITORING_AGENT)) {
            for (Link l : design.linksFrom(agent.id())) {
                Component service = design.component(l.to()).orElseThrow();
                if (l.protocol() != Protocol.MONITORING || service.kind() != ComponentKind.MONITORING_SERVICE) {
                    continue;
                }
                MonitoringProduct product = service.settings(MonitoringServiceSettings.class).product();
                String host = design.hostOf(agent).map(h -> h.settings(ServerSettings.class).hostname())
                        .orElse(ConfigText.name(agent.label(), agent.id()));
                if (product == MonitoringProduct.DATADOG) {
                    files.add(new ExportedFile(host + "/datadog/datadog.yaml", ConfigText.header("#", design, agent)
                            + "\n# Set the API key of your Datadog organisation (Organization Settings > API Keys).\n"
                            + "api_key: SET-YOUR-DATADOG-API-KEY\n"
                            + "site: datadoghq.com\n"
                            + "hostname: " + host + "\n"
                            + "logs_enabled: true\n"
                            + "process_config:\n  process_collection:\n    enabled: true\n",
                            List.of(agent.id(), service.id()), "/etc/datadog-agent/datadog.yaml"));
                } else if (product == MonitoringProduct.SUMO_LOGIC) {
                    files.add(new ExportedFile(host + "/sumologic/user.properties",
                            ConfigText.header("#", design, agent)
                            + "\n# Set an access ID and key of your Sumo Logic account (Administration > Security).\n"
                            + "name=" + host + "\n"
                            + "accessid=SET-YOUR-SUMO-ACCESS-ID\n"
                            + "accesskey=SET-YOUR-SUMO-ACCESS-KEY\n"
                            + "ephemeral=false\n"
                            + "clobber=false\n", List.of(agent.id(), service.id()),
                            "/opt/SumoCollector/config/user.properties"));
                }
            }
        }
        return files;
    }
}
