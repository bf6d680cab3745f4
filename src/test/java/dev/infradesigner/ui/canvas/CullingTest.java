package dev.infradesigner.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.bench.DesignGenerator;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Edits;
import dev.infradesigner.edit.Outcome;
import dev.infradesigner.edit.Performer;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Only what is in view has a skin: a big design costs what its visible part costs, and edits stay local. */
@ExtendWith(ApplicationExtension.class)
class CullingTest {

    private final SimpleObjectProperty<Design> design = new SimpleObjectProperty<>(DesignGenerator.generate(5000));
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        Performer performer = new Performer() {
            @Override
            public Result perform(Function<Design, Outcome> edit, String mergeKey) {
                Outcome o = edit.apply(design.get());
                design.set(o.design());
                return new Result(o.created(), java.util.Optional.empty());
            }

            @Override
            public void breakMerge() {
            }
        };
        canvas = new DesignCanvas(performer);
        canvas.designProperty().bind(design);
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
    }

    private void showAtActualSize(FxRobot robot, Component centre) {
        robot.interact(() -> {
            canvas.actualSize();
            canvas.reveal(centre.bounds());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onlyTheVisiblePartHasSkinsAndPanningBringsTheRest(FxRobot robot) {
        // Away from the load balancers, whose thousand links each fan out across everything.
        Component middle = design.get().component("server-640").orElseThrow();
        showAtActualSize(robot, middle);
        int skins = canvas.skinCount();
        assertTrue(skins > 10 && skins < 600, "skins for the visible part only: " + skins);
        Component far = design.get().components().get(design.get().components().size() - 1);
        assertNull(canvas.skinOf(far.id()), "a component far off screen has no skin");
        robot.interact(() -> canvas.reveal(far.bounds()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(canvas.skinOf(far.id()), "panning to it makes its skin");
        assertTrue(canvas.skinCount() < 600, "and the ones left behind go: " + canvas.skinCount());

        javafx.scene.Node before = canvas.skinOf(far.id());
        Component near = design.get().components().stream()
                .filter(c -> canvas.skinOf(c.id()) != null && !c.id().equals(far.id())
                        && c.kind() != dev.infradesigner.model.ComponentKind.SERVER).findFirst().orElseThrow();
        javafx.scene.Node untouched = canvas.skinOf(near.id());
        robot.interact(() -> canvas.actions().move(List.of(far.id()), 8, 0));
        assertTrue(canvas.skinOf(far.id()) != before, "the moved component is redrawn");
        assertEquals(untouched, canvas.skinOf(near.id()), "the others keep their skins: no scene rebuild");
    }

    @Test
    void aSettingsChangeKeepsTheCardAndARenameRedrawsIt(FxRobot robot) {
        Component lb = design.get().componentsOf(dev.infradesigner.model.ComponentKind.LOAD_BALANCER).get(0);
        showAtActualSize(robot, lb);
        javafx.scene.Node card = canvas.skinOf(lb.id());
        assertNotNull(card);
        var st = lb.settings(dev.infradesigner.model.LoadBalancerSettings.class);
        robot.interact(() -> design.set(design.get().with(lb.withSettings(new dev.infradesigner.model.LoadBalancerSettings(
                st.algorithm(), st.mode(), st.redundancy(), st.listeners(), st.certificate(), st.redirectHttps(),
                dev.infradesigner.model.HealthCheck.NONE, st.floatingIp())))));
        assertEquals(card, canvas.skinOf(lb.id()), "the card shows no settings, so it stays");
        robot.interact(() -> design.set(Edits.rename(design.get(), lb.id(), "Front door").design()));
        assertTrue(canvas.skinOf(lb.id()) != card, "a new label is a new card");
    }

    @Test
    void aMoveRedrawsOnlyTheLinksAtTheMovedComponent(FxRobot robot) {
        Component middle = design.get().component("server-640").orElseThrow();
        showAtActualSize(robot, middle);
        Design before = design.get();
        dev.infradesigner.model.Link attached = before.links().stream()
                .filter(l -> canvas.skinOf(l.id()) != null && canvas.skinOf(l.from()) != null
                        && before.component(l.from()).orElseThrow().kind() != dev.infradesigner.model.ComponentKind.SERVER)
                .findFirst().orElseThrow();
        java.util.Map<String, javafx.scene.Node> drawn = new java.util.HashMap<>();
        before.links().stream().filter(l -> canvas.skinOf(l.id()) != null)
                .forEach(l -> drawn.put(l.id(), canvas.skinOf(l.id())));
        javafx.scene.Node attachedSkin = canvas.skinOf(attached.id());
        var areaBefore = ((ElementSkin) attachedSkin).area();

        robot.interact(() -> canvas.actions().move(List.of(attached.from()), 48, 32));
        assertTrue(before.links() == design.get().links(), "a move keeps the links, so the canvas takes the short way");
        javafx.scene.Node after = canvas.skinOf(attached.id());
        assertNotNull(after, "the link at the moved component is still drawn");
        assertTrue(after != attachedSkin || !((ElementSkin) after).area().equals(areaBefore),
                "and it follows its end");
        // A move may also push neighbours aside (a server that grows); every link whose ends stayed put
        // keeps its skin.
        Design moved0 = design.get();
        List<dev.infradesigner.model.Link> still = before.links().stream().filter(l -> drawn.containsKey(l.id())
                && !l.id().equals(attached.id())
                && before.component(l.from()).orElseThrow().bounds().equals(moved0.component(l.from()).orElseThrow().bounds())
                && before.component(l.to()).orElseThrow().bounds().equals(moved0.component(l.to()).orElseThrow().bounds()))
                .toList();
        assertTrue(!still.isEmpty(), "some drawn link has ends that did not move");
        for (dev.infradesigner.model.Link l : still) {
            assertEquals(drawn.get(l.id()), canvas.skinOf(l.id()), "a link elsewhere keeps its skin: " + l.id());
        }

        // Far away the link leaves the index cell it was in: panning there finds it, here it is gone.
        robot.interact(() -> canvas.actions().move(List.of(attached.from()), 40000, 0));
        Component moved = design.get().component(attached.from()).orElseThrow();
        robot.interact(() -> canvas.reveal(moved.bounds()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(canvas.skinOf(attached.id()), "the link is found where its end went");
    }
}
