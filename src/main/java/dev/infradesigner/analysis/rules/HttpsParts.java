package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * What an entry point users reach over HTTP has of HTTPS: a listener, a certificate, users' links on HTTPS.
 * A load balancer or web server needs all three; anything else users link to (a firewall in front) has no
 * listeners of its own, so an HTTPS link to it is enough.
 */
record HttpsParts(AuditContext context, Component entry, List<Link> links, boolean listens, boolean listener,
        boolean certificate, boolean httpsLink) {

    static HttpsParts of(AuditContext context, Component entry, List<Link> links) {
        boolean https = links.stream().anyMatch(l -> l.protocol() == Protocol.HTTPS);
        if (entry.settings() instanceof LoadBalancerSettings s) {
            return new HttpsParts(context, entry, links, true, s.servesHttps(), s.certificate() != null, https);
        }
        if (entry.settings() instanceof WebServerSettings s) {
            return new HttpsParts(context, entry, links, true, s.servesHttps(), s.certificate() != null, https);
        }
        return new HttpsParts(context, entry, links, false, true, true, https);
    }

    /** Whether users reach this entry over working HTTPS. */
    boolean complete() {
        return listener && certificate && httpsLink;
    }

    private String users() {
        List<String> from = links.stream().map(l -> AuditContext.quote(context.component(l.from()))).distinct()
                .toList();
        return AuditContext.joinWithAnd(from);
    }

    private String plainLinks() {
        List<Link> plain = links.stream().filter(l -> l.protocol() == Protocol.HTTP).toList();
        return plain.size() == 1 ? "the link from " + users() + " carries HTTP on port " + plain.get(0).port()
                : "the links from " + users() + " carry HTTP";
    }

    /** What is missing, as a clause: {@code "HAProxy" has no HTTPS listener and no certificate}. */
    String missing() {
        List<String> parts = new ArrayList<>();
        String name = AuditContext.quote(entry);
        if (listens && !listener && !certificate) {
            parts.add(name + " has no HTTPS listener and no certificate");
        } else if (listens && !listener) {
            parts.add(name + " has a certificate but no HTTPS listener");
        } else if (listens && !certificate) {
            parts.add(name + " listens for HTTPS but has no certificate");
        }
        if (!httpsLink) {
            parts.add(plainLinks());
        }
        return String.join(", and ", parts);
    }

    /** What to do about it, only the missing steps, as a sentence. */
    String fix() {
        List<String> steps = new ArrayList<>();
        String name = AuditContext.quote(entry);
        if (listens && !listener) {
            steps.add("add an HTTPS listener on port 443 to " + name);
        }
        if (listens && !certificate) {
            steps.add("set " + name + "'s certificate (the path of its PEM file)");
        }
        if (!httpsLink) {
            steps.add("switch the link" + (links.size() == 1 ? "" : "s") + " from " + users() + " to HTTPS on 443");
        }
        String sentence = AuditContext.joinWithAnd(steps);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }
}
