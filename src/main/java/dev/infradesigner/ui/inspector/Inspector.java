package dev.infradesigner.ui.inspector;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.ui.canvas.Selection;
import dev.infradesigner.edit.Edits;
import dev.infradesigner.edit.Outcome;
import dev.infradesigner.edit.Performer;
import dev.infradesigner.edit.Words;
import dev.infradesigner.ui.text.FullText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the settings of what is selected, with a typed editor per field. It is built for
 * the current selection only, and rebuilt when the selection or the selected elements change. With
 * several components of one kind selected it edits the settings they share (a mixed value shows empty).
 */
public final class Inspector extends ScrollPane {

    private final Selection selection;
    private final Performer performer;
    private final ObservableValue<Design> design;
    private final VBox content = new VBox(10);
    private List<Object> shown = List.of();
    /** The editors on show by field key, and what they were built for (see {@link #shape}). */
    private final Map<String, FieldEditor> editors = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private String builtShape = "";
    private String shownOffer = "";

    /** One field as the inspector shows it: where it is, its value now, whether the selection disagrees. */
    private record Entry(String key, String name, RecordFields.Field field, boolean mixed, List<String> choices,
            BiFunction<Design, Object, Outcome> edit) {
    }

    public Inspector(Selection selection, Performer performer, ObservableValue<Design> design) {
        this.selection = selection;
        this.performer = performer;
        this.design = design;
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("inspector-content");
        content.setPadding(new Insets(12));
        setContent(content);
        selection.ids().addListener((SetChangeListener<String>) c -> rebuild(false));
        design.addListener((obs, old, now) -> rebuild(true));
        rebuild(false);
    }

    private List<Object> selectedElements(Design d) {
        return selection.snapshot().stream().map(id -> (Object) d.component(id).map(Object.class::cast)
                .orElseGet(() -> d.link(id).orElse(null))).filter(Objects::nonNull).toList();
    }

    private void rebuild(boolean onlyIfChanged) {
        Design d = design.getValue();
        if (d == null) {
            return;
        }
        List<Object> now = selectedElements(d);
        // The same elements show the same form, unless an offer depends on links around them.
        if (onlyIfChanged && !now.isEmpty() && now.equals(shown) && offerKey(d, now).equals(shownOffer)) {
            return;
        }
        shownOffer = offerKey(d, now);
        if (onlyIfChanged && refreshInPlace(d, now)) {
            shown = now;
            return;
        }
        String focused = focusedField();
        shown = now;
        content.getChildren().clear();
        editors.clear();
        entries.clear();
        builtShape = "";
        if (now.isEmpty()) {
            title("Nothing selected", emptyHint(d));
            buildEditors(d, now);
        } else if (now.size() == 1 && now.get(0) instanceof Link link) {
            linkEditor(d, link);
        } else if (now.stream().allMatch(o -> o instanceof Component)) {
            List<Component> components = now.stream().map(Component.class::cast).toList();
            Set<ComponentKind> kinds = components.stream().map(Component::kind).collect(java.util.stream.Collectors.toSet());
            if (kinds.size() == 1) {
                componentEditor(d, components);
            } else {
                title(components.size() + " components", "They are of different kinds, so they share no settings. "
                        + "Select components of one kind to edit them together.");
            }
        } else {
            title(now.size() + " selected", "Select one link, or components of one kind, to edit their settings.");
        }
        if (focused != null) {
            Node again = content.lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    /**
     * Shows the new values in the editors already built, when the selection still has the same editors
     * (same elements, same fields, same choices, same heading): no controls are made, so an edit costs a
     * few value changes instead of a whole new form.
     */
    private boolean refreshInPlace(Design d, List<Object> now) {
        if (builtShape.isEmpty()) {
            return false;
        }
        List<Entry> fresh = entriesFor(d, now);
        if (fresh == null || !shape(d, now, fresh).equals(builtShape)) {
            return false;
        }
        entries.clear();
        entries.addAll(fresh);
        if (now.isEmpty() && content.lookup(".inspector-hint") instanceof Label hint) {
            hint.setText(emptyHint(d));
        }
        for (Entry e : fresh) {
            if (e.field() != null) {
                editors.get(e.key()).show(e.field().value(), e.mixed());
            }
        }
        showNotes(now);
        return true;
    }

    /** What decides whether the one component selected is offered its users' links on HTTPS. */
    private static String offerKey(Design d, List<Object> now) {
        return now.size() == 1 && now.get(0) instanceof Component c
                ? HttpsHints.switchable(d, c).stream().map(Link::id).toList().toString() : "";
    }

    /** The notes under fields of the one component selected: what HTTPS still lacks (see {@link HttpsHints}). */
    private void showNotes(List<Object> now) {
        Map<String, String> notes = now.size() == 1 && now.get(0) instanceof Component c ? HttpsHints.notes(c) : Map.of();
        editors.forEach((key, editor) -> editor.note(notes.get(key)));
    }

    /** What decides which editors exist: the elements, the heading, and each field's key and choices. */
    private String shape(Design d, List<Object> now, List<Entry> fields) {
        StringBuilder b = new StringBuilder(heading(d, now)).append('|');
        for (Object o : now) {
            b.append(o instanceof Component c ? c.id() + ":" + c.kind() : ((Link) o).id()).append(',');
        }
        for (Entry e : fields) {
            b.append('|').append(e.key()).append('=').append(e.choices() == null ? "" : e.choices().stream()
                    .map(id -> id + ":" + labelOf(d, id)).toList());
        }
        return b.append("|offer=").append(offerKey(d, now)).toString();
    }

    /** The fields to edit for {@code now}, or {@code null} when it is not one link or components of one kind. */
    private List<Entry> entriesFor(Design d, List<Object> now) {
        List<Entry> out = new ArrayList<>();
        if (now.size() == 1 && now.get(0) instanceof Link link) {
            for (RecordFields.Field field : RecordFields.of(link)) {
                if (!Set.of("id", "from", "to").contains(field.name())) {
                    out.add(new Entry("link-" + field.name(), RecordFields.words(field.name()), field, false, null,
                            (dd, value) -> SettingEdits.setLinkField(dd, link.id(), field.name(), value)));
                }
            }
            return out;
        }
        if (now.isEmpty()) {
            RecordFields.Field name = new RecordFields.Field("name", String.class, String.class, d.name());
            out.add(new Entry("design-name", "Design name", name, false, null,
                    (dd, value) -> Edits.renameDesign(dd, value == null ? "" : value.toString())));
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
            out.add(new Entry("label", "Name", label, false, null,
                    (dd, value) -> Edits.rename(dd, first.id(), value == null ? "" : value.toString())));
        }
        addRecordEntries(out, "", (Record) first.settings(), components.stream().map(c -> (Record) c.settings()).toList(),
                d, ids);
        return out;
    }

    /** What the inspector says with nothing selected; the design's name is edited below it. */
    private static String emptyHint(Design d) {
        return "Select a component or a link to see its settings. The design has "
                + Words.count(d.components().size(), "component") + " and " + Words.count(d.links().size(), "link")
                + ".";
    }

    private String heading(Design d, List<Object> now) {
        if (now.size() == 1 && now.get(0) instanceof Link link) {
            return "Link " + d.component(link.from()).map(Component::label).orElse(link.from()) + " \u2192 "
                    + d.component(link.to()).map(Component::label).orElse(link.to());
        }
        if (now.size() == 1 && now.get(0) instanceof Component c) {
            return c.kind().displayName() + " id: " + c.id() + (c.hostId() == null ? ""
                    : "   \u00b7   on " + d.component(c.hostId()).map(Component::label).orElse(c.hostId()));
        }
        return now.size() + " selected";
    }

    private String focusedField() {
        if (getScene() == null || getScene().getFocusOwner() == null) {
            return null;
        }
        Node focus = getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == this) {
                return focus.getId();
            }
        }
        return null;
    }

    private void title(String heading, String hint) {
        Label h = new Label(heading);
        h.getStyleClass().add("inspector-title");
        h.setId("inspector-title");
        h.setWrapText(true);
        Label text = new Label(hint);
        text.setWrapText(true);
        text.getStyleClass().add("inspector-hint");
        content.getChildren().addAll(h, text);
    }

    private void componentEditor(Design d, List<Component> components) {
        Component first = components.get(0);
        if (components.size() == 1) {
            title(first.kind().displayName(), "id: " + first.id() + (first.hostId() == null ? ""
                    : "   \u00b7   on " + d.component(first.hostId()).map(Component::label).orElse(first.hostId())));
        } else {
            title(components.size() + " \u00d7 " + first.kind().displayName(), "Changes apply to all of them as one step.");
        }
        buildEditors(d, new ArrayList<Object>(components));
        if (components.size() == 1) {
            HttpsHints.offer(d, first, performer).ifPresent(content.getChildren()::add);
        }
    }

    /** Builds the editors of {@code now}'s fields in a grid, and remembers them for refreshing in place. */
    private void buildEditors(Design d, List<Object> now) {
        List<Entry> fields = entriesFor(d, now);
        GridPane grid = grid();
        int row = 0;
        for (Entry e : fields) {
            if (e.field() == null) {
                Label section = FullText.tipWhenCut(new Label(e.name()));
                section.getStyleClass().add("inspector-section");
                grid.add(section, 0, row++, 2, 1);
                continue;
            }
            row = add(grid, row, e);
        }
        content.getChildren().add(grid);
        entries.addAll(fields);
        builtShape = shape(d, now, fields);
        showNotes(now);
    }

    private void addRecordEntries(List<Entry> out, String prefix, Record first, List<Record> all, Design d, List<String> ids) {
        for (RecordFields.Field field : RecordFields.of(first)) {
            String path = prefix + field.name();
            if (Record.class.isAssignableFrom(field.type())) {
                out.add(new Entry("section-" + path, RecordFields.words(field.name()), null, false, null, null));
                List<Record> inner = all.stream().map(r -> (Record) RecordFields.get(r, field.name())).toList();
                addRecordEntries(out, path + ".", (Record) field.value(), inner, d, ids);
                continue;
            }
            boolean mixed = all.stream().map(r -> RecordFields.get(r, path.substring(path.lastIndexOf('.') + 1)))
                    .distinct().count() > 1;
            out.add(new Entry(path.replace('.', '-'), RecordFields.words(field.name()), field, mixed,
                    referenceChoices(d, first, field.name(), ids), (dd, value) -> SettingEdits.setSetting(dd, ids, path, value)));
        }
    }

    private static String labelOf(Design d, String id) {
        return d == null ? id : d.component(id).map(Component::label).orElse(id);
    }

    private static List<String> referenceChoices(Design d, Record settings, String field, List<String> ids) {
        if (settings instanceof DnsSettings && field.equals("target")) {
            return d.components().stream().filter(c -> c.kind().dnsTarget()).map(Component::id).toList();
        }
        if (field.equals("replicationSource")) {
            return d.componentsOf(ComponentKind.DATABASE).stream().map(Component::id)
                    .filter(id -> !ids.contains(id)).toList();
        }
        return null;
    }

    private void linkEditor(Design d, Link link) {
        title("Link", d.component(link.from()).map(Component::label).orElse(link.from()) + " \u2192 "
                + d.component(link.to()).map(Component::label).orElse(link.to()));
        buildEditors(d, List.of(link));
    }

    private Optional<String> apply(Function<Design, Outcome> edit) {
        try {
            return performer.perform(edit, null).refusal();
        } catch (dev.infradesigner.model.InvalidDesignException e) {
            return Optional.of(e.violations().get(0).message());
        }
    }

    private int add(GridPane grid, int row, Entry entry) {
        String key = entry.key();
        FieldEditor editor = new FieldEditor(key, entry.field(), entry.mixed(), entry.choices(),
                id -> labelOf(design.getValue(), id),
                value -> apply(dd -> current(key).edit().apply(dd, value)), value -> check(current(key), value));
        editors.put(key, editor);
        Label label = new Label(entry.name());
        label.getStyleClass().add("inspector-label");
        // A long name ("Redirect HTTP to HTTPS") wraps in its column; a tooltip if even that cannot hold it.
        label.setWrapText(true);
        FullText.tipWhenCut(label);
        label.setLabelFor(editor.control());
        grid.add(label, 0, row);
        grid.add(editor.control(), 1, row);
        grid.add(editor.error(), 1, row + 1);
        return row + 2;
    }

    /** The entry of {@code key} for the design on show now (entries are replaced on each refresh). */
    private Entry current(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    /** Whether the model would take {@code value}, without changing anything: the reason if not. */
    private Optional<String> check(Entry entry, Object value) {
        try {
            entry.edit().apply(design.getValue(), value);
            return Optional.empty();
        } catch (dev.infradesigner.model.InvalidDesignException e) {
            return Optional.of(e.violations().get(0).message());
        } catch (dev.infradesigner.edit.EditRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        // The names take two fifths: wide enough for most on one line, the rest wrap; before, the editors
        // took what they liked and the names were cut ("Interval se...").
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(40);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setPercentWidth(60);
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, editors);
        return grid;
    }
}
