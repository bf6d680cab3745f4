package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportRun;
import dev.infradesigner.export.ExportWriter;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the loader accepts may break an audit or an export, and no file may hang it. Ten thousand
 * variants of the samples, broken the ordinary ways ({@link DesignReaderFuzzTest.Mutation}) and the hostile
 * ones ({@link HostileMutation}), are written to disk and loaded through {@link DesignFiles#load}, each under a
 * deadline. Every refusal must place each problem; every design that loads is saved and reloaded, audited,
 * and exported by every exporter, full and snippets, through {@link ExportRun} and {@link ExportWriter} into
 * a folder, as the command line does. A failure names the seed and the mutation that replay it.
 */
class LoadExportFuzzTest {

    private static final int VARIANTS = 10_000;
    private static final long BASE_SEED = 20261204L;
    private static final long DEADLINE_SECONDS = 10;
    private static final Pattern PLACED = Pattern.compile(".* \\(line [1-9]\\d*, column [1-9]\\d*\\)");

    @TempDir
    static Path folder;

    private static ExecutorService worker;

    /** A named way to break a file, old or hostile. */
    private record Kind(String name, BiFunction<byte[], Random, byte[]> apply, boolean mayLoad) {
    }

    /** Per kind: how many variants loaded, were refused, and exported at least once. */
    private static final class Tally {
        int loaded;
        int refused;
        int exported;
        long nanos;

        @Override
        public String toString() {
            return loaded + " loaded, " + refused + " refused, " + exported + " exported, " + nanos / 1_000_000 + " ms";
        }
    }

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-load");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    private static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        for (DesignReaderFuzzTest.Mutation m : DesignReaderFuzzTest.Mutation.values()) {
            // Cutting off the final newline, or a harmless flip, can leave a valid design.
            kinds.add(new Kind(m.name(), m::apply, true));
        }
        for (HostileMutation m : HostileMutation.values()) {
            kinds.add(new Kind(m.name(), m::apply, m.loads()));
        }
        return kinds;
    }

    @Test
    void everyVariantLoadsAuditsAndExportsOrIsRefusedWithPlacedProblems() throws Exception {
        List<byte[]> samples = Samples.all().stream().map(Samples::bytes).toList();
        List<Kind> kinds = kinds();
        Map<String, Tally> tallies = new TreeMap<>();
        kinds.forEach(k -> tallies.put(k.name(), new Tally()));
        Auditor auditor = new Auditor();
        Path file = folder.resolve("variant.infra");
        int loaded = 0;
        int refused = 0;
        int exports = 0;
        int distinct = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < VARIANTS; i++) {
            long seed = BASE_SEED + i;
            Random random = new Random(seed);
            byte[] sample = samples.get(random.nextInt(samples.size()));
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            String replay = kind.name() + ", seed " + seed + " (replay: new Random(" + seed + "), a sample, then the "
                    + "mutation)";
            long started = System.nanoTime();
            byte[] variant = kind.apply().apply(sample, random);
            Files.write(file, variant);
            Tally tally = tallies.get(kind.name());
            Design design;
            try {
                design = withDeadline(() -> DesignFiles.load(file), replay);
            } catch (DesignLoadException e) {
                for (LoadProblem p : e.problems()) {
                    assertTrue(PLACED.matcher(p.toString()).matches() && !p.message().isBlank(),
                            "a problem without a place for " + replay + ": " + p);
                }
                tally.refused++;
                refused++;
                tally.nanos += System.nanoTime() - started;
                continue;
            }
            tally.loaded++;
            loaded++;
            // The same design again (a byte order mark on a sample, the same text put in again) needs no second
            // audit and export: each distinct design is exported once, whichever variant made it first.
            if (!seen.add(new String(new DesignWriter().toBytes(design), StandardCharsets.UTF_8))) {
                tally.nanos += System.nanoTime() - started;
                continue;
            }
            distinct++;
            int made = withDeadline(() -> auditAndExport(design, auditor), replay);
            if (made > 0) {
                tally.exported++;
            }
            exports += made;
            tally.nanos += System.nanoTime() - started;
        }
        System.out.printf("%d variants: %d loaded (%d distinct designs), %d refused, %d exports written; %s%n",
                VARIANTS, loaded, distinct, refused, exports, tallies);
        assertEquals(VARIANTS, loaded + refused);
        for (Kind kind : kinds) {
            Tally t = tallies.get(kind.name());
            assertTrue(t.refused > 0, kind.name() + " was never refused: " + t);
            if (!kind.mayLoad()) {
                assertEquals(0, t.loaded, kind.name() + " must never load: " + t);
            }
        }
        for (HostileMutation m : HostileMutation.values()) {
            if (m.loads()) {
                assertTrue(tallies.get(m.name()).loaded > 0, m.name() + " never loaded: " + tallies.get(m.name()));
            }
        }
        assertTrue(loaded > VARIANTS / 10, "loaded " + loaded);
        assertTrue(distinct > 100, "distinct designs that loaded: " + distinct);
        assertTrue(exports > distinct, "each distinct design is exported in both modes, mostly: " + exports);
    }

    /**
     * What the command line does with a design that loaded: audit it, then export it in both modes into a
     * folder, all or nothing. Also saves it and reads it back. Returns how many exports were written.
     */
    private static int auditAndExport(Design design, Auditor auditor) throws Exception {
        auditor.audit(design);
        // Saved and read again in memory: saving to disk flushes to the device, too slow to do thousands of times.
        assertEquals(design, new DesignReader().read(new DesignWriter().toBytes(design)), "the saved design reloads");
        int written = 0;
        for (ExportMode mode : ExportMode.values()) {
            ExportRun.Result run = ExportRun.of(design, Exporters.all(), mode);
            if (run.refused()) {
                assertTrue(run.files().isEmpty(), "a refused export writes nothing");
                continue;
            }
            Path out = folder.resolve("out-" + mode);
            List<Path> paths = ExportWriter.write(out, run.files());
            assertEquals(run.files().size(), paths.size());
            for (int f = 0; f < paths.size(); f++) {
                ExportedFile exported = run.files().get(f);
                assertTrue(Arrays.equals(exported.content().getBytes(StandardCharsets.UTF_8),
                        Files.readAllBytes(paths.get(f))), "written as made: " + exported.path());
            }
            deleteTree(out);
            written++;
        }
        return written;
    }

    /** A step that may throw what the loader and the exporters throw. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    /** Runs {@code step} on the worker, failing the test if it takes longer than the deadline. */
    private static <T> T withDeadline(Step<T> step, String replay) throws DesignLoadException {
        Future<T> result = worker.submit(step::run);
        try {
            return result.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("over " + DEADLINE_SECONDS + " s for " + replay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted at " + replay, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DesignLoadException refusal) {
                throw refusal;
            }
            throw new AssertionError("unexpected " + e.getCause() + " for " + replay, e.getCause());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
