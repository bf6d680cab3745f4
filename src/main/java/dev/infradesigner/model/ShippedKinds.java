package dev.infradesigner.model;

import java.util.List;

/** The kinds Infra Designer ships, in palette order; registered like any other provider's. */
public final class ShippedKinds implements KindProvider {

    @Override
    public List<ComponentKind> kinds() {
        return List.of(ComponentKind.USERS, ComponentKind.DNS, ComponentKind.SERVER, ComponentKind.LOAD_BALANCER,
                ComponentKind.WEB_SERVER, ComponentKind.APP_SERVER, ComponentKind.CODE_BASE, ComponentKind.DATABASE,
                ComponentKind.FIREWALL, ComponentKind.MONITORING_SERVICE, ComponentKind.MONITORING_AGENT,
                ComponentKind.SWITCH, ComponentKind.ROUTER, ComponentKind.UPLINK);
    }
}
