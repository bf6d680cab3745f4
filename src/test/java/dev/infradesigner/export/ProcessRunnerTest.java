package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands end, time out or fail to start with what they printed, and a timeout fires while output is open. */
class ProcessRunnerTest {

    @Test
    void aFinishedCommandGivesItsExitCodeAndEverythingItPrinted() {
        ProcessRunner.Result r = ProcessRunner.run(Duration.ofSeconds(30),
                List.of("sh", "-c", "cat; echo to-stderr >&2; exit 3"), "from stdin\n");
        assertEquals(3, r.exitCode());
        assertTrue(r.output().contains("from stdin") && r.output().contains("to-stderr"), r.output());
    }

    @Test
    void aCommandThatKeepsPrintingIsKilledAtItsTimeout() {
        long started = System.nanoTime();
        ProcessRunner.Result r = ProcessRunner.run(Duration.ofSeconds(1),
                List.of("sh", "-c", "echo started; exec sleep 60"));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertEquals(ProcessRunner.TIMED_OUT, r.exitCode(), r.output());
        assertTrue(r.output().startsWith("started") && r.output().contains("timed out after 1 s"), r.output());
        assertTrue(seconds < 30, "returned after " + seconds + " s, not when the command would have ended");
    }

    @Test
    void aChildLeftHoldingTheOutputDoesNotHoldTheCaller() {
        long started = System.nanoTime();
        ProcessRunner.Result r = ProcessRunner.run(Duration.ofSeconds(20),
                List.of("sh", "-c", "sleep 60 & echo parent done"));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("parent done"), r.output());
        assertTrue(seconds < 30, "returned after " + seconds + " s");
    }

    @Test
    void aMissingProgramIsReportedNotThrown() {
        ProcessRunner.Result r = ProcessRunner.run(Duration.ofSeconds(5), List.of("/nonexistent/program"));
        assertEquals(ProcessRunner.NOT_STARTED, r.exitCode());
        assertTrue(r.output().contains("/nonexistent/program"), r.output());
    }
}
