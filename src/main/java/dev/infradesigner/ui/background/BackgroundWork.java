package dev.infradesigner.ui.background;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs slow work (file I/O, and later audits and exports) off the JavaFX application thread and hands
 * the result back on it, so the window never freezes.
 */
public final class BackgroundWork {

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "infra-designer-background");
        thread.setDaemon(true);
        return thread;
    });

    private BackgroundWork() {
    }

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    public static <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        EXECUTOR.execute(task);
        return task;
    }
}
