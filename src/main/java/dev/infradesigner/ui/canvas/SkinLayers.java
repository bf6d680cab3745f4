package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The skins of a design in three layers (servers at the back, links, components on top), kept in step
 * with the design incrementally: an edit replaces only the skins of what it changed, never the scene.
 */
final class SkinLayers {

    final Group servers = new Group();
    final Group links = new Group();
    final Group components = new Group();
    private final Map<String, ElementSkin> skins = new HashMap<>();
    private final Map<String, LinkSkin> resolutions = new HashMap<>();
    private Design shown;

    ElementSkin skin(String id) {
        return skins.get(id);
    }

    Iterable<ElementSkin> all() {
        List<ElementSkin> list = new ArrayList<>(skins.values());
        list.addAll(resolutions.values());
        return list;
    }

    /** Brings the skins in line with {@code next}, touching only what differs from the design shown. */
    void show(Design next) {
        Design previous = shown;
        shown = next;
        if (previous == null || next == null) {
            servers.getChildren().clear();
            links.getChildren().clear();
            components.getChildren().clear();
            skins.clear();
            resolutions.clear();
            if (next != null) {
                next.components().forEach(this::addComponent);
                next.links().forEach(l -> addLink(next, l));
                next.componentsOf(ComponentKind.DNS).forEach(dns -> resolve(next, dns));
            }
            return;
        }
        Set<String> moved = new HashSet<>();
        for (Component old : previous.components()) {
            if (next.component(old.id()).isEmpty()) {
                remove(old.id());
                moved.add(old.id());
            }
        }
        for (Component c : next.components()) {
            Component old = previous.component(c.id()).orElse(null);
            if (!c.equals(old)) {
                if (old != null) {
                    remove(c.id());
                }
                addComponent(c);
                moved.add(c.id());
            }
        }
        for (Link old : previous.links()) {
            if (next.link(old.id()).isEmpty()) {
                remove(old.id());
            }
        }
        for (Link l : next.links()) {
            Link old = previous.link(l.id()).orElse(null);
            if (!l.equals(old) || moved.contains(l.from()) || moved.contains(l.to())) {
                if (old != null) {
                    remove(l.id());
                }
                addLink(next, l);
            }
        }
        for (String id : new ArrayList<>(resolutions.keySet())) {
            Component dns = next.component(id).orElse(null);
            Component target = dns == null ? null : next.component(targetOf(dns)).orElse(null);
            if (dns == null || target == null || moved.contains(id) || moved.contains(target.id())) {
                links.getChildren().remove(resolutions.remove(id).node());
            }
        }
        for (Component dns : next.componentsOf(ComponentKind.DNS)) {
            if (!resolutions.containsKey(dns.id())) {
                resolve(next, dns);
            }
        }
    }

    private static String targetOf(Component dns) {
        String target = dns.settings(DnsSettings.class).target();
        return target == null ? "" : target;
    }

    private void addComponent(Component c) {
        boolean server = c.kind() == ComponentKind.SERVER;
        ElementSkin skin = server ? new ServerSkin(c) : new ComponentSkin(c);
        skins.put(c.id(), skin);
        (server ? servers : components).getChildren().add(skin.node());
    }

    private void addLink(Design design, Link l) {
        Bounds from = design.component(l.from()).orElseThrow().bounds();
        Bounds to = design.component(l.to()).orElseThrow().bounds();
        LinkSkin skin = new LinkSkin(l, from, to);
        skins.put(l.id(), skin);
        links.getChildren().add(skin);
    }

    private void resolve(Design design, Component dns) {
        design.component(targetOf(dns)).ifPresent(target -> {
            LinkSkin skin = LinkSkin.resolvesTo(dns.id(), dns.bounds(), target.bounds());
            resolutions.put(dns.id(), skin);
            links.getChildren().add(skin);
        });
    }

    private void remove(String id) {
        ElementSkin skin = skins.remove(id);
        if (skin != null) {
            Node node = skin.node();
            ((Group) node.getParent()).getChildren().remove(node);
        }
    }

    /** Redraws, during a drag, the links touching moved components as if they were shifted by (dx, dy). */
    void previewMove(Design design, Set<String> moving, double dx, double dy) {
        for (String id : moving) {
            ElementSkin skin = skins.get(id);
            if (skin != null) {
                skin.node().setTranslateX(dx);
                skin.node().setTranslateY(dy);
            }
        }
        Set<String> links = new HashSet<>();
        for (String id : moving) {
            design.linksFrom(id).forEach(l -> links.add(l.id()));
            design.linksTo(id).forEach(l -> links.add(l.id()));
        }
        for (String linkId : links) {
            Link l = design.link(linkId).orElseThrow();
            ((LinkSkin) skins.get(linkId)).update(shifted(design, l.from(), moving, dx, dy),
                    shifted(design, l.to(), moving, dx, dy));
        }
        for (Map.Entry<String, LinkSkin> e : resolutions.entrySet()) {
            Component dns = design.component(e.getKey()).orElseThrow();
            String target = targetOf(dns);
            if (moving.contains(dns.id()) || moving.contains(target)) {
                e.getValue().update(shifted(design, dns.id(), moving, dx, dy), shifted(design, target, moving, dx, dy));
            }
        }
    }

    private static Bounds shifted(Design design, String id, Set<String> moving, double dx, double dy) {
        Bounds b = design.component(id).orElseThrow().bounds();
        return moving.contains(id) ? b.moved(dx, dy) : b;
    }

    /** Undoes a preview (a drag that was cancelled or changed nothing). */
    void endPreview(Set<String> moving) {
        if (shown != null) {
            previewMove(shown, moving, 0, 0);
        }
    }
}
