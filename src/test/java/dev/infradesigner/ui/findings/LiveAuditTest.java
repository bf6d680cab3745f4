package dev.infradesigner.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Edits;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LiveAuditTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void auditsOffTheFxThreadDropsStaleRunsAndEndsWithTheLatestDesign(FxRobot robot) throws Exception {
        AtomicBoolean onFxThread = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        Auditor real = new Auditor();
        LiveAudit audit = new LiveAudit(design -> {
            onFxThread.compareAndSet(false, Platform.isFxApplicationThread());
            runs.incrementAndGet();
            return real.audit(design);
        });
        Design sample = BundledSamples.load(BundledSamples.all().get(1));
        SimpleObjectProperty<Design> designs = new SimpleObjectProperty<>(sample);
        robot.interact(() -> audit.follow(designs));
        Design[] last = new Design[1];
        robot.interact(() -> {
            Design d = sample;
            for (int i = 0; i < 50; i++) {
                d = Edits.rename(d, "lb", "Balancer " + i).design();
                designs.set(d);
            }
            last[0] = d;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> audit.resultProperty().get().design() == last[0]);
        assertFalse(onFxThread.get(), "the audit never runs on the FX thread");
        assertTrue(runs.get() < 10, "changes in quick succession are debounced: " + runs.get() + " runs for 51 designs");
        List<Finding> findings = audit.resultProperty().get().findings();
        assertEquals(real.audit(last[0]), findings);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("Balancer 49")), "findings name the latest labels");
    }
}
