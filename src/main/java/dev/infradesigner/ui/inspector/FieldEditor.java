package dev.infradesigner.ui.inspector;

import dev.infradesigner.edit.RecordFields;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Keyed;
import dev.infradesigner.ui.text.FullText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One typed editor for one field: a check box for a flag, a choice for an enum or a reference, a text
 * field for text, numbers and lists. A change is committed (Enter, leaving the field, or picking a choice)
 * and, if the model refuses it, the field is marked with the reason beneath it and nothing changes. A text
 * field is checked as the user types, against the model itself, so a bad port or host name is flagged
 * (a ControlsFX error decoration on the field, the reason beneath) before it is committed.
 *
 * <p>The editor can show a new value in place ({@link #show}) so that an edit does not rebuild the
 * inspector: rebuilding made every edit pay for styling dozens of new controls.
 */
final class FieldEditor {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");

    private final Control control;
    private final Label error = new Label();
    private final RecordFields.Field fieldType;
    private final Function<Object, Optional<String>> check;
    private Object current;
    private boolean currentMixed;
    private boolean showing;
    /** Whether the text on show was submitted (Enter, leaving the field), accepted or refused. */
    private boolean submitted = true;
    private final DraftHistory drafts = new DraftHistory();
    private String problem;
    private String note;

    /**
     * @param choices for a reference field, the ids it may take ({@code null} for none); otherwise null
     * @param commit  applies a new value; returns the reason it was refused, if it was
     */
    FieldEditor(String key, RecordFields.Field field, boolean mixed, List<String> choices,
            Function<String, String> labelOf, Function<Object, Optional<String>> commit,
            Function<Object, Optional<String>> check) {
        this.fieldType = field;
        this.check = check;
        this.current = field.value();
        this.currentMixed = mixed;
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        error.setId("error-" + key);
        Class<?> type = field.type();
        if (type == boolean.class) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.TRUE.equals(field.value()));
            box.setIndeterminate(mixed);
            box.selectedProperty().addListener((obs, old, now) -> {
                if (!showing) {
                    report(commit.apply(now));
                }
            });
            control = box;
        } else if (type.isEnum() && Keyed.class.isAssignableFrom(type)) {
            ComboBox<Object> combo = new ComboBox<>();
            combo.getItems().addAll(type.getEnumConstants());
            combo.setConverter(converter(o -> o == null ? "" : ((Keyed) o).key()));
            combo.setButtonCell(FullText.tipWhenCut(new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : ((Keyed) item).key());
                }
            }));
            if (!mixed) {
                combo.setValue(field.value());
            } else {
                combo.setPromptText("mixed");
            }
            combo.valueProperty().addListener((obs, old, now) -> {
                if (now != null && !showing) {
                    report(commit.apply(now));
                }
            });
            control = combo;
        } else if (choices != null) {
            ComboBox<String> combo = new ComboBox<>();
            combo.getItems().add("(none)");
            combo.getItems().addAll(choices);
            // People know components by label: each choice shows its label, with the id small beside it.
            combo.setCellFactory(list -> new ChoiceCell(labelOf));
            combo.setButtonCell(new ChoiceCell(labelOf));
            combo.setValue(mixed ? null : field.value() == null ? "(none)" : (String) field.value());
            combo.valueProperty().addListener((obs, old, now) -> {
                if (now != null && !showing) {
                    report(commit.apply(now.equals("(none)") ? null : now));
                }
            });
            control = combo;
        } else {
            TextField text = new TextField(mixed ? "" : FieldText.format(field, field.value()));
            if (mixed) {
                text.setPromptText("mixed");
            }
            Runnable apply = () -> {
                submitted = true;
                if (text.getText().equals(committedText())) {
                    report(Optional.empty());
                    return;
                }
                try {
                    report(commit.apply(FieldText.parse(field, text.getText())));
                } catch (InvalidDesignException e) {
                    report(Optional.of(e.violations().get(0).message()));
                }
            };
            text.setOnAction(e -> apply.run());
            text.textProperty().addListener((obs, old, now) -> {
                if (showing) {
                    return;
                }
                submitted = false;
                drafts.changed(now);
                checkTyped(now);
            });
            text.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    apply.run();
                }
            });
            text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !text.getText().equals(committedText())) {
                    discardDraft();
                    e.consume();
                }
            });
            drafts.reset(text.getText());
            FieldDrafts.mark(text, new TextDraft(text));
            control = text;
        }
        control.setId("field-" + key);
        control.setMaxWidth(Double.MAX_VALUE);
    }

    Node control() {
        return control;
    }

    /** Shows {@code value} (or "mixed") without committing anything: the design changed elsewhere. */
    void show(Object value, boolean mixed) {
        if (java.util.Objects.equals(value, current) && mixed == currentMixed) {
            return;
        }
        current = value;
        currentMixed = mixed;
        showing = true;
        try {
            if (control instanceof CheckBox box) {
                box.setSelected(Boolean.TRUE.equals(value));
                box.setIndeterminate(mixed);
            } else if (control instanceof ComboBox<?> combo) {
                @SuppressWarnings("unchecked")
                ComboBox<Object> any = (ComboBox<Object>) combo;
                if (mixed) {
                    any.setValue(null);
                    any.setPromptText("mixed");
                } else if (fieldType.type().isEnum()) {
                    any.setValue(value);
                } else {
                    any.setValue(value == null ? "(none)" : value);
                }
            } else if (control instanceof TextField text) {
                String shown = mixed ? "" : FieldText.format(fieldType, value);
                if (!text.getText().equals(shown)) {
                    text.setText(shown);
                    caretAfterChange(text);
                }
                drafts.reset(shown);
                submitted = true;
            }
            report(Optional.empty());
        } finally {
            showing = false;
        }
    }

    /** Marks {@code typed} as the model would take it, before it is committed. */
    private void checkTyped(String typed) {
        if (typed.equals(committedText())) {
            report(Optional.empty());
            return;
        }
        try {
            report(check.apply(FieldText.parse(fieldType, typed)));
        } catch (InvalidDesignException e) {
            report(Optional.of(e.violations().get(0).message()));
        }
    }

    /** The text of the value the design holds, as the field shows it. */
    private String committedText() {
        return currentMixed ? "" : FieldText.format(fieldType, current);
    }

    /** Puts the committed value back over what was typed (a draft, or a refused value) and clears its mark. */
    private void discardDraft() {
        if (control instanceof TextField text && !text.getText().equals(committedText())) {
            showWithoutCommit(text, committedText());
        }
        drafts.reset(committedText());
        submitted = true;
        report(Optional.empty());
    }

    private void showWithoutCommit(TextField text, String value) {
        showing = true;
        try {
            text.setText(value);
            caretAfterChange(text);
        } finally {
            showing = false;
        }
    }

    /** Where the caret goes when the text changes under it: after it while typing, else at its start (so a
     * long value shows its beginning). */
    private static void caretAfterChange(TextField text) {
        if (text.isFocused()) {
            text.end();
        } else {
            text.home();
        }
    }

    /** The typing in this editor's text field that is not yet committed, for Ctrl+Z (see {@link FieldDrafts}). */
    private final class TextDraft implements FieldDrafts.Draft {

        private final TextField text;

        TextDraft(TextField text) {
            this.text = text;
        }

        @Override
        public boolean pending() {
            return !submitted && !text.getText().equals(committedText());
        }

        @Override
        public boolean undo() {
            return step(drafts.undo());
        }

        @Override
        public boolean redo() {
            return step(drafts.redo());
        }

        private boolean step(String to) {
            if (to == null) {
                return false;
            }
            showWithoutCommit(text, to);
            submitted = false;
            checkTyped(to);
            return true;
        }

        @Override
        public void discard() {
            discardDraft();
        }
    }

    /**
     * Shows {@code hint} under the field when it holds no error: something the value still lacks that does not
     * stop it being committed (an HTTPS listener waiting for its certificate).
     */
    void note(String hint) {
        note = hint;
        showMessage();
    }

    Label error() {
        return error;
    }

    private void report(Optional<String> problem) {
        control.pseudoClassStateChanged(INVALID, problem.isPresent());
        this.problem = problem.orElse(null);
        showMessage();
        control.setTooltip(problem.map(Tooltip::new).orElse(null));
    }

    /** The error under the field, or else its note, or nothing. */
    private void showMessage() {
        String text = problem != null ? problem : note;
        error.setText(text == null ? "" : text);
        error.setVisible(text != null);
        error.setManaged(text != null);
        error.pseudoClassStateChanged(NOTE, problem == null && note != null);
        // A refused value: the field turns red (:invalid) and its message under it carries the alert icon.
        if (problem != null && error.getGraphic() == null) {
            FontIcon icon = new FontIcon("fth-alert-circle");
            icon.getStyleClass().add("field-error-icon");
            error.setGraphic(icon);
        } else if (problem == null) {
            error.setGraphic(null);
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T object) {
                return toText.apply(object);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
