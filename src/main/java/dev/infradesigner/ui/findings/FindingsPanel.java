package dev.infradesigner.ui.findings;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Words;
import dev.infradesigner.ui.text.FullText;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The findings of the live audit at the bottom of the window: severity, rule, message and components,
 * filtered by severity, with counts. Selecting one shows its fix below the table and selects its components
 * on the canvas; a cell too narrow for its text (a long message) shows it whole in a tooltip. (The message
 * in full below the table too left room for one row in a 1280 x 800 window.)
 */
public final class FindingsPanel extends VBox {

    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> shown = new FilteredList<>(all);
    private final TableView<Finding> table = new TableView<>(shown);
    private final SeverityFilter severities = new SeverityFilter();
    private final ToggleButton suppressed = filter("suppressed");
    private final Label fix = new Label();
    private Design design;
    /** While the findings change: the table may select a neighbour of a finding that went away. */
    private boolean updating;

    /** @param onChosen called with a finding the user selects, to select and centre its components */
    public FindingsPanel(LiveAudit audit, Consumer<Finding> onChosen) {
        this(audit, onChosen, f -> java.util.Optional.empty(), f -> { });
    }

    /**
     * @param fixOf    the words of the mechanical fix for a finding, if it has one
     * @param applyFix applies that fix as one undoable step
     */
    public FindingsPanel(LiveAudit audit, Consumer<Finding> onChosen,
            java.util.function.Function<Finding, java.util.Optional<String>> fixOf, Consumer<Finding> applyFix) {
        getStyleClass().add("findings-panel");
        setId("findings-panel");
        Label title = new Label("Findings");
        title.getStyleClass().add("findings-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer);
        header.getChildren().addAll(severities.badges());
        header.getChildren().add(suppressed);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("findings-header");
        table.setId("findings-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Rows of one fixed height: without it the table measures its rows on every pulse after its items
        // change, and with hundreds of findings that re-laid out and repainted the window for several
        // frames after each edit (measured with CanvasPerf: 175 frames over 16.7 ms in six seconds, 39 now).
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label("No findings: nothing the audit knows of is wrong."));
        table.getColumns().addAll(List.of(severityColumn(), ruleColumn(),
                text("Message", 520, Finding::message), componentsColumn()));
        javafx.scene.control.Hyperlink doc = new javafx.scene.control.Hyperlink("About this rule");
        doc.setId("rule-doc-link");
        doc.setVisible(false);
        doc.managedProperty().bind(doc.visibleProperty());
        javafx.scene.control.Button apply = new javafx.scene.control.Button();
        apply.setId("apply-fix");
        apply.getStyleClass().add("accent");
        apply.setVisible(false);
        apply.managedProperty().bind(apply.visibleProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            fix.setText(now == null ? "Select a finding to see how to fix it."
                    : "Fix: " + now.fix() + (now.suppressed() ? "   (suppressed: " + now.suppression() + ")" : ""));
            java.util.Optional<String> mechanical = now == null ? java.util.Optional.empty() : fixOf.apply(now);
            apply.setVisible(mechanical.isPresent());
            apply.setText(mechanical.map(m -> "Apply fix: " + m).orElse(""));
            apply.setOnAction(e -> applyFix.accept(now));
            java.util.Optional<String> section = now == null ? java.util.Optional.empty() : RuleDocs.section(now.ruleId());
            doc.setVisible(section.isPresent());
            doc.setOnAction(e -> RuleDocDialog.show(getScene() == null ? null : getScene().getWindow(), now.ruleId()));
            if (now != null) {
                onChosen.accept(now);
            }
        });
        fix.setId("findings-fix");
        fix.getStyleClass().add("findings-fix");
        fix.setWrapText(true);
        fix.setText("Select a finding to see how to fix it.");
        fix.setPadding(new Insets(4, 10, 6, 10));
        VBox.setVgrow(table, Priority.ALWAYS);
        fix.setMaxWidth(Double.MAX_VALUE);
        fix.setMinHeight(Region.USE_PREF_SIZE);
        // The fix in full on its own lines; the rule link and the fix button below it.
        doc.setMinWidth(Region.USE_PREF_SIZE);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, doc, gap, apply);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(0, 10, 6, 4));
        actions.visibleProperty().bind(doc.visibleProperty().or(apply.visibleProperty()));
        actions.managedProperty().bind(actions.visibleProperty());
        getChildren().addAll(header, table, fix, actions);
        suppressed.selectedProperty().addListener((obs, old, now) -> refilter());
        suppressed.setTooltip(new javafx.scene.control.Tooltip("Show the findings the design accepts on purpose"));
        severities.onlyProperty().addListener((obs, old, now) -> refilter());
        refilter();
        audit.resultProperty().addListener((obs, old, now) -> show(now));
        show(audit.resultProperty().get());
    }

    private static final double ROW_HEIGHT = 26;

    private static ToggleButton filter(String what) {
        ToggleButton button = new ToggleButton();
        button.setId("filter-" + what);
        button.getStyleClass().addAll("findings-filter", "filter-" + what);
        button.setFocusTraversable(false);
        return button;
    }

    private void show(LiveAudit.Result result) {
        design = result.design();
        Finding chosen = table.getSelectionModel().getSelectedItem();
        updating = true;
        try {
            ListUpdate.to(all, result.findings());
        } finally {
            updating = false;
        }
        if (chosen != null && !chosen.equals(table.getSelectionModel().getSelectedItem())) {
            // The finding being read went away (fixed, most likely): nothing takes its place.
            table.getSelectionModel().clearSelection();
        }
        severities.setCount(Severity.ERROR, Words.count(result.count(Severity.ERROR), "error"));
        severities.setCount(Severity.WARNING, Words.count(result.count(Severity.WARNING), "warning"));
        severities.setCount(Severity.INFO, result.count(Severity.INFO) + " info");
        suppressed.setText(result.findings().stream().filter(Finding::suppressed).count() + " suppressed");
    }

    private void refilter() {
        shown.setPredicate(f -> (!f.suppressed() || suppressed.isSelected()) && severities.shows(f.severity()));
    }

    private String componentLabels(Finding f) {
        if (design == null) {
            return String.join(", ", f.componentIds());
        }
        return f.componentIds().stream().map(id -> design.component(id).map(Component::label).orElse(id))
                .collect(Collectors.joining(", "));
    }

    private static TableColumn<Finding, String> text(String name, double width, java.util.function.Function<Finding, String> value) {
        TableColumn<Finding, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setCellFactory(c -> FullText.tipWhenCut(new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        }));
        return column;
    }

    /** Rule ids are short words people look up: most fit whole ("spof.database-writer"), the longest tip. */
    private static TableColumn<Finding, String> ruleColumn() {
        TableColumn<Finding, String> column = text("Rule", 190, Finding::ruleId);
        column.setMinWidth(165);
        return column;
    }

    /** Never narrower than its heading: the table's last column gives way when a scroll bar comes. */
    private TableColumn<Finding, String> componentsColumn() {
        TableColumn<Finding, String> column = text("Components", 200, this::componentLabels);
        column.setMinWidth(120);
        return column;
    }

    private static TableColumn<Finding, Finding> severityColumn() {
        TableColumn<Finding, Finding> column = new TableColumn<>("Severity");
        column.setMinWidth(96);
        column.setPrefWidth(100);
        column.setMaxWidth(120);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> FullText.tipWhenCut(new TableCell<>() {
            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Circle dot = new Circle(5);
                dot.getStyleClass().addAll("severity-dot", "severity-" + item.severity().key());
                setGraphic(dot);
                setText(item.suppressed() ? item.severity().key() + " (s)" : item.severity().key());
            }
        }));
        return column;
    }

    /** The findings table, for tests. */
    public TableView<Finding> table() {
        return table;
    }
}
