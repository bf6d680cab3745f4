package dev.infradesigner.ui;

import static dev.infradesigner.ui.AppMenus.item;

import dev.infradesigner.ui.canvas.DesignCanvas;
import dev.infradesigner.edit.Arrange.Alignment;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The Arrange menu: align the selection on an edge or a centre line, spread it evenly. Each is one undo step. */
final class ArrangeMenu {

    private ArrangeMenu() {
    }

    static Menu build(DesignCanvas canvas) {
        Menu menu = new Menu("_Arrange");
        menu.setId("arrange-menu");
        BooleanBinding underTwo = fewerThan(canvas, 2);
        BooleanBinding underThree = fewerThan(canvas, 3);
        var actions = canvas.actions();
        menu.getItems().addAll(
                align("Align _Left", "menu-align-left", Alignment.LEFT, canvas, underTwo),
                align("Align _Centre", "menu-align-centre", Alignment.CENTRE, canvas, underTwo),
                align("Align _Right", "menu-align-right", Alignment.RIGHT, canvas, underTwo),
                new SeparatorMenuItem(),
                align("Align _Top", "menu-align-top", Alignment.TOP, canvas, underTwo),
                align("Align _Middle", "menu-align-middle", Alignment.MIDDLE, canvas, underTwo),
                align("Align _Bottom", "menu-align-bottom", Alignment.BOTTOM, canvas, underTwo),
                new SeparatorMenuItem(),
                disabled(item("Distribute _Horizontally", null, "menu-distribute-horizontally",
                        () -> actions.distribute(true)), underThree),
                disabled(item("Distribute _Vertically", null, "menu-distribute-vertically",
                        () -> actions.distribute(false)), underThree));
        return menu;
    }

    private static MenuItem align(String text, String id, Alignment alignment, DesignCanvas canvas,
            BooleanBinding disabled) {
        return disabled(item(text, null, id, () -> canvas.actions().align(alignment)), disabled);
    }

    private static MenuItem disabled(MenuItem item, BooleanBinding when) {
        item.disableProperty().bind(when);
        return item;
    }

    private static BooleanBinding fewerThan(DesignCanvas canvas, int n) {
        return Bindings.createBooleanBinding(() -> canvas.actions().componentCount() < n, canvas.selection().ids(),
                canvas.designProperty());
    }
}
