package dev.infradesigner.edit;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Connections;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the inspector shows and may change for one selection, without a window: its title, which fields
 * the selection has, their values (a field on which several selected components disagree is mixed), the
 * choices of reference fields, and whether a typed value would be taken, as an edit or as the reason it is
 * refused. The inspector is only a view of it, so all of this is tested without a toolkit.
 */
public final class InspectorModel {

    /** The heading over the fields and the line of explanation under it. */
    public record Title(String heading, String hint) {
    }

    /**
     * One field as the inspector shows it: a section heading when {@code field} is {@code null}.
     *
     * @param key     unique in the form, usable as a CSS id ("healthCheck-path")
     * @param mixed   whether the selected components disagree on it (the value is the first one's)
     * @param choices for a reference field, the ids it may take; {@code null} otherwise
     */
    public record Field(String key, String name, RecordFields.Field field, boolean mixed, List<String> choices,
            BiFunction<Design, Object, Outcome> edit) {

        public boolean isSection() {
            return field == null;
        }
    }

    private final List<Object> elements;
    private final Title title;
    private final List<Field> fields;
    private final String shape;

    private InspectorModel(Design d, List<Object> elements) {
        this.elements = elements;
        this.title = titleOf(d, elements);
        this.fields = fieldsOf(d, elements);
        this.shape = fields == null ? "" : shapeOf(d, elements, fields);
    }

    /** The inspector's content for the elements with these ids (ids no longer in the design are skipped). */
    public static InspectorModel of(Design d, Collection<String> selected) {
        List<Object> elements = selected.stream().map(id -> (Object) d.component(id).map(Object.class::cast)
                .orElseGet(() -> d.link(id).orElse(null))).filter(Objects::nonNull).toList();
        return new InspectorModel(d, elements);
    }

    /** The selected components and links (model records, so two models of the same elements are equal here). */
    public List<Object> elements() {
        return elements;
    }

    public Title title() {
        return title;
    }

    /** Whether there are fields to edit: nothing selected (the design), one link, or components of one kind. */
    public boolean editable() {
        return fields != null;
    }

    /** The fields in order, section headings among them; empty when not {@link #editable()}. */
    public List<Field> fields() {
        return fields == null ? List.of() : fields;
    }

    public Field field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /**
     * What decides which editors exist: the elements, the heading, and each field's key and choices. Two
     * models of the same shape differ in values only, so a view can show the new values in the editors it has.
     */
    public String shape() {
        return shape;
    }

    /** The one component selected, if that is the selection. */
    public Optional<Component> single() {
        return elements.size() == 1 && elements.get(0) instanceof Component c ? Optional.of(c) : Optional.empty();
    }

    /** The edit that sets field {@code key} to {@code value}, to perform on the design as it is then. */
    public Function<Design, Outcome> edit(String key, Object value) {
        Field f = field(key);
        return d -> f.edit().apply(d, value);
    }

    /**
     * Whether the model would take {@code value} for field {@code key} of the design {@code now}, changing
     * nothing: the reason if not (a field's refusal is shown as it is typed, before it is submitted).
     */
    public Optional<String> check(Design now, String key, Object value) {
        try {
            field(key).edit().apply(now, value);
            return Optional.empty();
        } catch (InvalidDesignException e) {
            return Optional.of(e.violations().get(0).message());
        } catch (EditRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** A component's label, as reference fields show their choices; the id when it is gone. */
    public static String labelOf(Design d, String id) {
        return d == null ? id : d.component(id).map(Component::label).orElse(id);
    }

    /** What the inspector says with nothing selected; the design's name is edited below it. */
    public static String emptyHint(Design d) {
        return "Select a component or a link to see its settings. The design has "
                + Words.count(d.components().size(), "component") + " and " + Words.count(d.links().size(), "link")
                + ".";
    }

    private static Title titleOf(Design d, List<Object> now) {
        if (now.isEmpty()) {
            return new Title("Nothing selected", emptyHint(d));
        }
        if (now.size() == 1 && now.get(0) instanceof Link link) {
            return new Title("Link", fromTo(d, link));
        }
        if (!now.stream().allMatch(o -> o instanceof Component)) {
            return new Title(now.size() + " selected",
                    "Select one link, or components of one kind, to edit their settings.");
        }
        List<Component> components = now.stream().map(Component.class::cast).toList();
        Component first = components.get(0);
        if (components.stream().map(Component::kind).distinct().count() != 1) {
            return new Title(components.size() + " components", "They are of different kinds, so they share no "
                    + "settings. Select components of one kind to edit them together.");
        }
        if (components.size() == 1) {
            return new Title(first.kind().displayName(), "id: " + first.id() + on(d, first));
        }
        return new Title(components.size() + " \u00d7 " + first.kind().displayName(),
                "Changes apply to all of them as one step.");
    }

    private static String fromTo(Design d, Link link) {
        return labelOf(d, link.from()) + " \u2192 " + labelOf(d, link.to());
    }

    private static String on(Design d, Component c) {
        return c.hostId() == null ? "" : "   \u00b7   on " + labelOf(d, c.hostId());
    }

    /** The fields to edit for {@code now}, or {@code null} when it is not one link or components of one kind. */
    private static List<Field> fieldsOf(Design d, List<Object> now) {
        List<Field> out = new ArrayList<>();
        if (now.size() == 1 && now.get(0) instanceof Link link) {
            for (RecordFields.Field field : RecordFields.of(link)) {
                if (!Set.of("id", "from", "to").contains(field.name())) {
                    out.add(new Field("link-" + field.name(), RecordFields.words(field.name()), field, false, null,
                            (dd, value) -> SettingEdits.setLinkField(dd, link.id(), field.name(), value)));
                }
            }
            return out;
        }
        if (now.isEmpty()) {
            RecordFields.Field name = new RecordFields.Field("name", String.class, String.class, d.name());
            out.add(new Field("design-name", "Design name", name, false, null,
                    (dd, value) -> Edits.renameDesign(dd, value == null ? "" : value.toString())));
            String shown = d.availabilityTarget().map(t -> new java.math.BigDecimal(Double.toString(t * 100))
                    .round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString()).orElse("");
            RecordFields.Field target = new RecordFields.Field("availabilityTarget", String.class, String.class, shown);
            out.add(new Field("design-availability-target", "Availability target (%)", target, false, null,
                    (dd, value) -> Edits.setAvailabilityTarget(dd, value == null ? "" : value.toString())));
            return out;
        }
        if (!now.stream().allMatch(o -> o instanceof Component)) {
            return null;
        }
        List<Component> components = now.stream().map(Component.class::cast).toList();
        if (components.stream().map(Component::kind).distinct().count() != 1) {
            return null;
        }
        Component first = components.get(0);
        List<String> ids = components.stream().map(Component::id).toList();
        if (components.size() == 1) {
            RecordFields.Field label = new RecordFields.Field("label", String.class, String.class, first.label());
            out.add(new Field("label", "Name", label, false, null,
                    (dd, value) -> Edits.rename(dd, first.id(), value == null ? "" : value.toString())));
        }
        addRecordFields(out, "", (Record) first.settings(), components.stream().map(c -> (Record) c.settings()).toList(),
                d, ids);
        return out;
    }

    private static void addRecordFields(List<Field> out, String prefix, Record first, List<Record> all, Design d,
            List<String> ids) {
        for (RecordFields.Field field : RecordFields.of(first)) {
            String path = prefix + field.name();
            if (Record.class.isAssignableFrom(field.type())) {
                out.add(new Field("section-" + path, RecordFields.words(field.name()), null, false, null, null));
                List<Record> inner = all.stream().map(r -> (Record) RecordFields.get(r, field.name())).toList();
                addRecordFields(out, path + ".", (Record) field.value(), inner, d, ids);
                continue;
            }
            boolean mixed = all.stream().map(r -> RecordFields.get(r, path.substring(path.lastIndexOf('.') + 1)))
                    .distinct().count() > 1;
            out.add(new Field(path.replace('.', '-'), RecordFields.words(field.name()), field, mixed,
                    referenceChoices(d, first, field.name(), ids), (dd, value) -> SettingEdits.setSetting(dd, ids, path, value)));
        }
    }

    /** The ids a reference field may take: what a DNS record may point at, the databases another may copy. */
    private static List<String> referenceChoices(Design d, Record settings, String field, List<String> ids) {
        if (settings instanceof DnsSettings && field.equals("target")) {
            return d.components().stream().filter(c -> Connections.refuseDnsTarget(c).isEmpty())
                    .map(Component::id).toList();
        }
        if (field.equals("replicationSource")) {
            return d.componentsOf(ComponentKind.DATABASE).stream().map(Component::id)
                    .filter(id -> !ids.contains(id)).toList();
        }
        return null;
    }

    /** The shape without the view's own parts (see {@link #shape()}). */
    private static String shapeOf(Design d, List<Object> now, List<Field> fields) {
        StringBuilder b = new StringBuilder(headingOf(d, now)).append('|');
        for (Object o : now) {
            b.append(o instanceof Component c ? c.id() + ":" + c.kind() : ((Link) o).id()).append(',');
        }
        for (Field f : fields) {
            b.append('|').append(f.key()).append('=').append(f.choices() == null ? "" : f.choices().stream()
                    .map(id -> id + ":" + labelOf(d, id)).toList());
        }
        return b.toString();
    }

    private static String headingOf(Design d, List<Object> now) {
        if (now.size() == 1 && now.get(0) instanceof Link link) {
            return "Link " + fromTo(d, link);
        }
        if (now.size() == 1 && now.get(0) instanceof Component c) {
            return c.kind().displayName() + " id: " + c.id() + on(d, c);
        }
        return now.size() + " selected";
    }
}
