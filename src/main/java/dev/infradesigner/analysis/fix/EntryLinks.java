package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The users' links into an entry point, switched to HTTPS once it serves HTTPS. Setting up the listener and
 * the certificate by hand left the users' link on HTTP, and with it the error: whoever sets up HTTPS at the
 * entry point is offered this as one step (the inspector's offer and the HTTPS fix share it).
 */
public final class EntryLinks {

    private EntryLinks() {
    }

    /** The links from users into {@code entryId} that still carry plain HTTP. */
    public static List<Link> plain(Design design, String entryId) {
        List<Link> plain = new ArrayList<>();
        for (Link l : design.linksTo(entryId)) {
            if (l.protocol() == Protocol.HTTP && design.component(l.from())
                    .filter(c -> c.kind() == ComponentKind.USERS).isPresent()) {
                plain.add(l);
            }
        }
        return plain;
    }

    /** The port users reach {@code entry} on over HTTPS: its HTTPS listener's, else 443. */
    public static int httpsPort(Component entry) {
        Listener https = entry.settings() instanceof LoadBalancerSettings s ? s.httpsListener()
                : entry.settings() instanceof WebServerSettings w ? w.httpsListener() : null;
        return https == null ? 443 : https.port();
    }

    /** Whether {@code entry} listens for HTTPS and has its certificate, so users' links can switch to it. */
    public static boolean ready(Component entry) {
        return entry.settings() instanceof LoadBalancerSettings s ? s.tlsReady()
                : entry.settings() instanceof WebServerSettings w && w.tlsReady();
    }

    /** {@code design} with the users' plain links into {@code entryId} on HTTPS, at its HTTPS port. */
    public static Design toHttps(Design design, String entryId) {
        Component entry = design.component(entryId).orElseThrow();
        int port = httpsPort(entry);
        Design next = design;
        for (Link l : plain(design, entryId)) {
            next = next.with(new Link(l.id(), l.from(), l.to(), Protocol.HTTPS, port, l.access(), l.standby()));
        }
        return next;
    }

    /** "Switch the link from Users to HTTPS 443", for the Edit menu and the offer's button. */
    public static String description(Design design, String entryId) {
        List<Link> plain = plain(design, entryId);
        String who = String.join(", ", plain.stream().map(l -> design.component(l.from()).orElseThrow().label())
                .distinct().toList());
        int port = httpsPort(design.component(entryId).orElseThrow());
        return (plain.size() == 1 ? "Switch the link from " : "Switch " + plain.size() + " links from ") + who
                + " to HTTPS " + port;
    }
}
