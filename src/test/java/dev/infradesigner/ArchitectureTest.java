package dev.infradesigner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.infradesigner.model.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of the guide, as tests: breaking them fails the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.infradesigner");
    }

    @Test
    void onlyTheUiDependsOnJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.infradesigner.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.infradesigner.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.infradesigner.io..",
                        "dev.infradesigner.analysis..", "dev.infradesigner.export..", "dev.infradesigner.cli..",
                        "dev.infradesigner.ui..")
                .check(classes);
    }

    @Test
    void theModelDoesNoIo() {
        noClasses().that().resideInAPackage("dev.infradesigner.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..",
                        "com.fasterxml..")
                .check(classes);
    }

    @Test
    void dependenciesPointInward() {
        noClasses().that().resideInAnyPackage("dev.infradesigner.io..", "dev.infradesigner.analysis..",
                        "dev.infradesigner.export..", "dev.infradesigner.lab..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.infradesigner.cli..",
                        "dev.infradesigner.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.infradesigner.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.infradesigner.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.infradesigner.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.infradesigner.cli..")
                .check(classes);
    }

    /**
     * Editing (commands, history, placement, fresh ids) works without JavaFX, beside the model: the UI and
     * the audit's fixes use it, and it uses nothing of ours but the model.
     */
    @Test
    void editingDependsOnTheModelAlone() {
        noClasses().that().resideInAPackage("dev.infradesigner.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.infradesigner.io..",
                        "dev.infradesigner.analysis..", "dev.infradesigner.export..", "dev.infradesigner.lab..",
                        "dev.infradesigner.cli..", "dev.infradesigner.ui..", "javafx..")
                .check(classes);
    }

    /** No reaching into a library's internals (ControlsFX's {@code impl.} packages and the like). */
    @Test
    void noInternalsOfLibraries() {
        noClasses().that().resideInAPackage("dev.infradesigner..")
                .should().dependOnClassesThat().resideInAnyPackage("impl..", "sun..", "com.sun.javafx..",
                        "com.sun.glass..", "com.sun.prism..")
                .check(classes);
    }

    @Test
    void theLabsProgramsStandAlone() {
        // They run in JVMs of their own inside the lab's namespaces: nothing of ours but each other.
        noClasses().that().resideInAPackage("dev.infradesigner.lab.programs..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.infradesigner.model..", "dev.infradesigner.io..",
                        "dev.infradesigner.analysis..", "dev.infradesigner.export..", "dev.infradesigner.cli..",
                        "dev.infradesigner.ui..")
                .check(classes);
    }

    /**
     * The file format knows no kind: each kind's settings read and write themselves (through SettingsSource
     * and SettingsSink), so the reader, writer and schema depend on the {@code Settings} interface only and
     * a new kind never touches them.
     */
    @Test
    void theFileFormatNamesNoKindsSettings() {
        noClasses().that().resideInAPackage("dev.infradesigner.io..")
                .should().dependOnClassesThat().implement(Settings.class)
                .check(classes);
    }

    /**
     * Classes stay small (the guide: a file past 400 lines does more than one job), with no exceptions.
     */
    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        List<String> over = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(f).size();
                if (lines > 400) {
                    over.add(f + " (" + lines + " lines)");
                }
            }
        }
        assertEquals(List.of(), over);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.infradesigner.(**)").should().beFreeOfCycles().check(classes);
    }
}
