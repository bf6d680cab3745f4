package dev.infradesigner.io;

import dev.infradesigner.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The sample designs shipped inside the application, so Open Sample works in the installed app with no
 * folder of files beside it. The same files live in {@code samples/} of the source tree.
 */
public final class BundledSamples {

    /** One bundled sample: its file name and the title a menu shows. */
    public record Sample(String fileName, String title) {
    }

    private static final String FOLDER = "/dev/infradesigner/samples/";

    private static final List<Sample> ALL = List.of(
            new Sample("01-simple-web-stack.infra", "Simple web stack (one server)"),
            new Sample("02-three-server.infra", "Three-server web infrastructure"),
            new Sample("03-secured-monitored.infra", "Secured and monitored"),
            new Sample("04-scaled-up.infra", "Scaled up"),
            new Sample("05-redundant-network.infra", "Scaled up, on a redundant network"));

    private BundledSamples() {
    }

    /** Every sample, in the order of the stages they show. */
    public static List<Sample> all() {
        return ALL;
    }

    /** Loads a bundled sample. */
    public static Design load(Sample sample) throws DesignLoadException {
        try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + sample.fileName())) {
            if (in == null) {
                throw DesignLoadException.of("the sample " + sample.fileName() + " is missing from this build");
            }
            return DesignFiles.load(in);
        } catch (IOException e) {
            throw DesignLoadException.of("the sample " + sample.fileName() + " cannot be read: " + e.getMessage());
        }
    }
}
