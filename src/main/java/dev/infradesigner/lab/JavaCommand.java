package dev.infradesigner.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs one of the lab's own programs ({@code lab.programs}) in a JVM of its own, with
 * the Java and class path this process runs with, so it works from a Maven build, the jar and the
 * installed package alike. Small heaps and a quick start: a lab runs a dozen of them.
 */
final class JavaCommand {

    private JavaCommand() {
    }

    static List<String> of(Class<?> main, String heap, List<String> args) {
        List<String> out = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-Djava.net.preferIPv4Stack=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        out.addAll(args);
        return out;
    }
}
