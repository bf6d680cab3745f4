package dev.infradesigner.ui.inspector;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.ui.canvas.Selection;
import dev.infradesigner.ui.edit.Edits;
import dev.infradesigner.ui.edit.Outcome;
import dev.infradesigner.ui.edit.Performer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        if (onlyIfChanged && !now.isEmpty() && now.equals(shown)) {
            return;
        }
        String focused = focusedField();
        shown = now;
        content.getChildren().clear();
        if (now.isEmpty()) {
            title("Nothing selected", "Select a component or a link to see its settings. "
                    + d.components().size() + " components, " + d.links().size() + " links in \"" + d.name() + "\".");
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
        Label text = new Label(hint);
        text.setWrapText(true);
        text.getStyleClass().add("inspector-hint");
        content.getChildren().addAll(h, text);
    }

    private void componentEditor(Design d, List<Component> components) {
        Component first = components.get(0);
        List<String> ids = components.stream().map(Component::id).toList();
        if (components.size() == 1) {
            title(first.kind().displayName(), "id: " + first.id() + (first.hostId() == null ? ""
                    : "   \u00b7   on " + d.component(first.hostId()).map(Component::label).orElse(first.hostId())));
        } else {
            title(components.size() + " \u00d7 " + first.kind().displayName(), "Changes apply to all of them as one step.");
        }
        GridPane grid = grid();
        int row = 0;
        if (components.size() == 1) {
            RecordFields.Field label = new RecordFields.Field("label", String.class, String.class, first.label());
            row = add(grid, row, "label", "Name", label, false, null, value -> apply(dd -> Edits.rename(dd, first.id(),
                    value == null ? "" : value.toString())));
        }
        row = addRecord(grid, row, "", (Record) first.settings(), components.stream().map(c -> (Record) c.settings()).toList(),
                d, ids);
        content.getChildren().add(grid);
    }

    private int addRecord(GridPane grid, int row, String prefix, Record first, List<Record> all, Design d, List<String> ids) {
        for (RecordFields.Field field : RecordFields.of(first)) {
            String path = prefix + field.name();
            if (Record.class.isAssignableFrom(field.type())) {
                Label section = new Label(RecordFields.words(field.name()));
                section.getStyleClass().add("inspector-section");
                grid.add(section, 0, row++, 2, 1);
                List<Record> inner = all.stream().map(r -> (Record) RecordFields.get(r, field.name())).toList();
                row = addRecord(grid, row, path + ".", (Record) field.value(), inner, d, ids);
                continue;
            }
            boolean mixed = all.stream().map(r -> RecordFields.get(r, path.substring(path.lastIndexOf('.') + 1)))
                    .distinct().count() > 1;
            row = add(grid, row, path.replace('.', '-'), RecordFields.words(field.name()), field, mixed,
                    referenceChoices(d, first, field.name(), ids),
                    value -> apply(dd -> SettingEdits.setSetting(dd, ids, path, value)));
        }
        return row;
    }

    private static List<String> referenceChoices(Design d, Record settings, String field, List<String> ids) {
        if (settings instanceof DnsSettings && field.equals("target")) {
            return d.components().stream().filter(c -> switch (c.kind()) {
                case LOAD_BALANCER, SERVER, WEB_SERVER, FIREWALL -> true;
                default -> false;
            }).map(Component::id).toList();
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
        GridPane grid = grid();
        int row = 0;
        for (RecordFields.Field field : RecordFields.of(link)) {
            if (Set.of("id", "from", "to").contains(field.name())) {
                continue;
            }
            row = add(grid, row, "link-" + field.name(), RecordFields.words(field.name()), field, false, null,
                    value -> apply(dd -> SettingEdits.setLinkField(dd, link.id(), field.name(), value)));
        }
        content.getChildren().add(grid);
    }

    private Optional<String> apply(Function<Design, Outcome> edit) {
        try {
            return performer.perform(edit, null).refusal();
        } catch (dev.infradesigner.model.InvalidDesignException e) {
            return Optional.of(e.violations().get(0).message());
        }
    }

    private int add(GridPane grid, int row, String key, String name, RecordFields.Field field, boolean mixed,
            List<String> choices, Function<Object, Optional<String>> commit) {
        FieldEditor editor = new FieldEditor(key, field, mixed, choices, value -> {
            try {
                return commit.apply(value);
            } catch (dev.infradesigner.model.InvalidDesignException e) {
                return Optional.of(e.violations().get(0).message());
            }
        });
        Label label = new Label(name);
        label.getStyleClass().add("inspector-label");
        label.setLabelFor(editor.control());
        grid.add(label, 0, row);
        grid.add(editor.control(), 1, row);
        grid.add(editor.error(), 1, row + 1);
        return row + 2;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(96);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, editors);
        return grid;
    }
}
