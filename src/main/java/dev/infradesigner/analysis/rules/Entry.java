package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Link;
import java.util.List;

/** The links by which users enter the service: traffic links leaving a users component. */
final class Entry {

    private Entry() {
    }

    /** The entry links of the design being audited, found by the first of the rules that ask (six do). */
    static List<Link> links(AuditContext context) {
        return context.shared(Entry.class, Entry::find);
    }

    private static List<Link> find(AuditContext context) {
        return context.design().componentsOf(ComponentKind.USERS).stream()
                .flatMap(u -> context.linksFrom(u.id()).stream())
                .filter(l -> context.traffic().isTraffic(l))
                .toList();
    }
}
