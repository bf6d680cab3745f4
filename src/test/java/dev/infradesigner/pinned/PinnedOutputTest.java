package dev.infradesigner.pinned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.RandomDesigns;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportRun;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.export.SvgDiagram;
import dev.infradesigner.io.DesignReader;
import dev.infradesigner.io.DesignWriter;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Connections;
import dev.infradesigner.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins what the app makes of every sample (and of a few seeded random designs): the audit's findings,
 * the saved bytes, every exported file in both modes, the SVG diagram and, for the samples, the answer to
 * drawing a link between every pair of components. A refactoring that is meant to change no behaviour must keep all of it
 * byte for byte. The expected files live under {@code src/test/resources/dev/infradesigner/pinned}; run
 * with {@code -Dpinned.update=true} to write them again after a change that is meant to change them.
 */
class PinnedOutputTest {

    private static final Path ROOT = Path.of("src/test/resources/dev/infradesigner/pinned");
    private static final boolean UPDATE = Boolean.getBoolean("pinned.update");
    private static final long[] SEEDS = {3, 5, 21, 34};

    @TestFactory
    Stream<DynamicTest> everySampleAndSeedMakesWhatItMadeBefore() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : Samples.all()) {
            String name = sample.getFileName().toString().replace(".infra", "");
            Design design = new DesignReader().read(Samples.bytes(sample));
            tests.addAll(pins(name, design));
            tests.add(pin(name + "/links.txt", links(design)));
        }
        for (long seed : SEEDS) {
            tests.addAll(pins("random-" + seed, RandomDesigns.generate(seed)));
        }
        return tests.stream();
    }

    private static List<DynamicTest> pins(String name, Design design) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(pin(name + "/findings.txt", findings(design)));
        tests.add(pin(name + "/saved.infra", new String(new DesignWriter().toBytes(design), StandardCharsets.UTF_8)));
        tests.add(pin(name + "/diagram.svg", SvgDiagram.of(design)));
        for (ExportMode mode : ExportMode.values()) {
            tests.add(pin(name + "/export-" + mode.name().toLowerCase() + ".txt", exports(design, mode)));
        }
        return tests;
    }

    private static String findings(Design design) {
        StringBuilder out = new StringBuilder();
        for (Finding f : new Auditor().audit(design)) {
            out.append(f.ruleId()).append(' ').append(f.severity()).append(' ').append(f.componentIds())
                    .append(f.suppressed() ? " suppressed: " + f.suppression() : "").append('\n')
                    .append("  ").append(f.title()).append('\n')
                    .append("  ").append(f.message()).append('\n')
                    .append("  ").append(f.fix()).append('\n');
        }
        return out.toString();
    }

    private static String exports(Design design, ExportMode mode) {
        ExportRun.Result result = ExportRun.of(design, Exporters.all(), mode);
        StringBuilder out = new StringBuilder();
        for (ExportRun.Refusal r : result.refusals()) {
            out.append("refused: ").append(r.text()).append('\n');
        }
        for (ExportedFile f : result.files()) {
            out.append("==== ").append(f.path()).append(' ').append(f.componentIds()).append(' ')
                    .append(f.installPath()).append('\n').append(f.content()).append('\n');
        }
        return out.toString();
    }

    private static String links(Design design) {
        StringBuilder out = new StringBuilder();
        for (Component from : design.components()) {
            for (Component to : design.components()) {
                out.append(from.id()).append(" -> ").append(to.id()).append(": ")
                        .append(Connections.propose(design, from, to)).append('\n');
            }
            out.append(from.id()).append(" as DNS target: ").append(Connections.refuseDnsTarget(from)).append('\n');
        }
        return out.toString();
    }

    private static DynamicTest pin(String file, String actual) {
        return DynamicTest.dynamicTest(file, () -> {
            Path path = ROOT.resolve(file);
            if (UPDATE) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, actual, StandardCharsets.UTF_8);
            }
            assertEquals(read(path), actual, file + " changed");
        });
    }

    private static String read(Path path) throws IOException {
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "(no pinned file " + path + ")";
    }
}
