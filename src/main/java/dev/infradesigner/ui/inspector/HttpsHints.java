package dev.infradesigner.ui.inspector;

import dev.infradesigner.analysis.fix.EntryLinks;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.WebServerSettings;
import dev.infradesigner.edit.Outcome;
import dev.infradesigner.edit.Performer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * HTTPS set up by hand, in whatever order: the inspector marks what a load balancer or web server still
 * lacks (a certificate for its HTTPS listener, an HTTPS listener for its certificate), and once it serves
 * HTTPS while users still reach it over HTTP, offers to switch their links, as one undoable step.
 */
final class HttpsHints {

    private HttpsHints() {
    }

    /** The notes to show under fields, by field key, for the one component selected. */
    static Map<String, String> notes(Component c) {
        Map<String, String> notes = new HashMap<>();
        boolean https;
        String certificate;
        if (c.settings() instanceof LoadBalancerSettings s) {
            https = s.servesHttps();
            certificate = s.certificate();
        } else if (c.settings() instanceof WebServerSettings s) {
            https = s.servesHttps();
            certificate = s.certificate();
        } else {
            return notes;
        }
        if (https && certificate == null) {
            notes.put("certificate", "The HTTPS listener needs a certificate: the path of its PEM file.");
        } else if (!https && certificate != null) {
            notes.put("listeners", "Add 443 https to serve HTTPS with this certificate.");
        }
        return notes;
    }

    /** The users' links still on HTTP into {@code c}, when it is ready to take them on HTTPS; else none. */
    static List<Link> switchable(Design d, Component c) {
        return EntryLinks.ready(c) ? EntryLinks.plain(d, c.id()) : List.of();
    }

    /** The offer to switch those links, or empty when there is nothing to switch. */
    static Optional<Node> offer(Design d, Component c, Performer performer) {
        List<Link> plain = switchable(d, c);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Label text = new Label(c.label() + " serves HTTPS, but users still reach it over HTTP ("
                + (plain.size() == 1 ? "1 link" : plain.size() + " links") + "): the audit keeps \"No HTTPS\" "
                + "until they switch.");
        text.setWrapText(true);
        Button go = new Button(EntryLinks.description(d, c.id()));
        go.setId("https-offer-switch");
        go.getStyleClass().add("accent");
        go.setWrapText(true);
        String id = c.id();
        go.setOnAction(e -> performer.perform(dd -> new Outcome(EntryLinks.toHttps(dd, id),
                EntryLinks.description(dd, id), List.of()), null));
        VBox box = new VBox(6, text, go);
        box.setId("https-offer");
        box.getStyleClass().add("inspector-offer");
        return Optional.of(box);
    }
}
