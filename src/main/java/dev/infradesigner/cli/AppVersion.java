package dev.infradesigner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into the build, for {@code --version} on every command. */
public final class AppVersion implements CommandLine.IVersionProvider {

    /** The version, or {@code development} when run from classes that Maven did not process. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/dev/infradesigner/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the development version
        }
        return "development";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Infra Designer " + current()};
    }
}
