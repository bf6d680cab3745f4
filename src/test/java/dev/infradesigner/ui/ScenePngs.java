package dev.infradesigner.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** What the screenshot tools (EditorScreenshots, ScreenReview) share: run on the FX thread, save a scene as PNG. */
public final class ScenePngs {

    private ScenePngs() {
    }

    /** Snapshots {@code scene} on the FX thread and writes it to {@code file}. */
    public static void save(Scene scene, Path file) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        onFx(() -> image.set(scene.snapshot(null)));
        save(image.get(), file);
    }

    public static void save(WritableImage shot, Path file) throws Exception {
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int[] pixels = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, pixels, 0, w);
        ImageIO.write(png, "png", file.toFile());
        System.out.println(file + ": " + w + "x" + h);
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    public static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                latch.countDown();
            }
        });
        latch.await();
    }
}
