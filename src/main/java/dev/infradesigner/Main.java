package dev.infradesigner;

import dev.infradesigner.cli.InfraDesignerCli;
import dev.infradesigner.ui.DesktopApp;

/**
 * The entry point of the jar: a subcommand or an option runs the CLI; nothing, or a file, opens the app.
 * It must not extend a JavaFX class, or the JVM refuses to start with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (InfraDesignerCli.isCommand(args)) {
            System.exit(InfraDesignerCli.run(args));
        }
        DesktopApp.launch(args);
    }
}
