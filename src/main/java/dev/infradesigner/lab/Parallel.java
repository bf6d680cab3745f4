package dev.infradesigner.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Does one step on every host at once (hosts boot side by side, as machines do), failing with the first error. */
final class Parallel {

    private Parallel() {
    }

    static <T> void each(List<T> items, Consumer<T> step) {
        if (items.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(items.size(), 16));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (T item : items) {
                done.add(pool.submit(() -> step.accept(item)));
            }
            for (Future<?> f : done) {
                join(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for {@code step} to end, failing as it failed. */
    static void join(Future<?> step) {
        try {
            step.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new LabException(e.getCause().toString(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        }
    }
}
