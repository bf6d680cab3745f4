package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.infradesigner.bench.DesignGenerator;
import dev.infradesigner.model.Design;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves killed with SIGKILL at random moments, in a JVM of their own that saves two designs in turn:
 * afterwards the file and its backup are always one of the two whole, and the next save leaves no
 * temporary file behind. {@code -Dsave.kills=N} runs more than the 50 CI runs.
 */
class SaveKillTest {

    private static final int KILLS = Integer.getInteger("save.kills", 50);

    @TempDir
    Path folder;

    /** The child: saves design A and design B in turn, forever, announcing when it starts. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Design a = DesignGenerator.generate(2_000).withName("A");
        Design b = a.withName("B");
        DesignFiles.save(a, file); // once first, so the kills land in saves, not in loading classes
        System.out.println("saving");
        System.out.flush();
        for (long i = 0; ; i++) {
            DesignFiles.save(i % 2 == 0 ? a : b, file);
        }
    }

    @Test
    void aKilledSaveNeverLeavesAMixedOrMissingFileAndTheNextSaveCleansUp() throws Exception {
        Path file = folder.resolve("design.infra");
        Design a = DesignGenerator.generate(2_000).withName("A");
        DesignFiles.save(a, file);
        DesignFiles.save(a, file);
        Random random = new Random(20261203);
        int leftTemp = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    SaveKillTest.class.getName(), file.toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertEquals("saving", first, "the child started");
            Thread.sleep(random.nextInt(250));
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            leftTemp += temps().size(); // counted before loading, which cleans them up too
            for (Path p : List.of(file, AtomicFileWriter.backupOf(file))) {
                String name = DesignFiles.load(p).name();
                if (!name.equals("A") && !name.equals("B")) {
                    fail("kill " + kill + ": " + p.getFileName() + " holds " + name);
                }
            }
            DesignFiles.save(a, file);
            assertEquals(List.of(), temps(), "kill " + kill + ": the next save removed what the killed one left");
        }
        System.out.println(KILLS + " kills, " + leftTemp + " temporary files left, each removed by the next save or open");
        assertTrue(leftTemp > 0, "some kills hit a save part-way (else the test proves nothing)");
    }

    private List<Path> temps() throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
