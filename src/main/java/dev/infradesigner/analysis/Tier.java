package dev.infradesigner.analysis;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A part of the service users need to reach. A design needs the tiers it has: web servers, application
 * servers, databases applications read, and primaries applications write.
 */
public enum Tier {
    WEB("web servers"),
    APPLICATION("application servers"),
    DATABASE_READS("database reads"),
    DATABASE_WRITES("database writes");

    private final String description;

    Tier(String description) {
        this.description = description;
    }

    /** What users lose when this tier is cut off, for messages. */
    public String description() {
        return description;
    }

    /** The ids of the components that serve this tier in {@code design}, in the design's order. */
    public Set<String> members(Design design) {
        Set<String> members = new LinkedHashSet<>();
        switch (this) {
            case WEB -> design.componentsOf(ComponentKind.WEB_SERVER).forEach(c -> members.add(c.id()));
            case APPLICATION -> design.componentsOf(ComponentKind.APP_SERVER).forEach(c -> members.add(c.id()));
            case DATABASE_READS, DATABASE_WRITES -> {
                for (Link l : design.links()) {
                    if (l.protocol() != Protocol.MYSQL) {
                        continue;
                    }
                    Component from = design.component(l.from()).orElseThrow();
                    Component to = design.component(l.to()).orElseThrow();
                    if (from.kind() != ComponentKind.APP_SERVER || to.kind() != ComponentKind.DATABASE) {
                        continue;
                    }
                    if (this == DATABASE_READS || (l.access() == Access.READ_WRITE
                            && to.settings(DatabaseSettings.class).role() == DatabaseRole.PRIMARY)) {
                        members.add(to.id());
                    }
                }
            }
        }
        return members;
    }
}
