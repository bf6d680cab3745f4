package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Design;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The design's availability target in the file: written only when set, read back, refused when not a share. */
class AvailabilityTargetIoTest {

    @TempDir
    Path folder;

    @Test
    void aTargetIsSavedAfterTheNameAndReadBack() throws Exception {
        Design design = DesignFiles.load(Path.of("samples", "04-scaled-up.infra")).withAvailabilityTarget(0.9995);
        Path file = folder.resolve("target.infra");
        DesignFiles.save(design, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"name\": \"Scaled-up web infrastructure\",\n  \"availabilityTarget\": 0.9995,\n"),
                text.substring(0, 200));
        assertEquals(design, DesignFiles.load(file));
        assertEquals(Optional.of(0.9995), DesignFiles.load(file).availabilityTarget());
    }

    @Test
    void aDesignWithoutATargetSavesAsBefore() throws Exception {
        Path sample = Path.of("samples", "02-three-server.infra");
        Path copy = folder.resolve("copy.infra");
        DesignFiles.save(DesignFiles.load(sample), copy);
        assertEquals(Files.readString(sample), Files.readString(copy));
    }

    @Test
    void aTargetThatIsNotAShareIsRefusedWithItsPlace() throws Exception {
        String sample = Files.readString(Path.of("samples", "02-three-server.infra"), StandardCharsets.UTF_8);
        for (String[] bad : new String[][] {{"99.95", "must be between 0 and 1, exclusive (0.9995 is 99.95%), not 99.95"},
                {"1", "must be between 0 and 1, exclusive"}, {"\"high\"", "expected a number between 0 and 1, found"}}) {
            Path file = folder.resolve("bad.infra");
            Files.writeString(file, sample.replaceFirst("\"name\": ", "\"availabilityTarget\": " + bad[0] + ",\n  \"name\": "));
            DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(file));
            String message = e.problems().get(0).toString();
            assertTrue(message.startsWith("availabilityTarget: " + bad[1]), message);
            assertTrue(message.contains("(line 4,"), message);
        }
    }
}
