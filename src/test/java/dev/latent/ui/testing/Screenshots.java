package dev.latent.ui.testing;

import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes screenshots of the app for the README, from the tests that drive it, so they always show the
 * current app. Folder: system property {@code latent.screenshots}
 * (target/screenshots in the build; {@code mvn -Pscreenshots verify} writes docs/screenshots).
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        return write(image, folder().resolve(name));
    }

    /**
     * The whole of {@code node}, however tall, on the window's background: for screens longer than the window.
     */
    /**
     * A short-window check's picture, to look at: the whole of {@code node} (its scrolled-away part too) as
     * target/screenshots/short-window/SCREEN-WIDTHxHEIGHT-ZOOM.png.
     */
    public static Path saveShortWindow(javafx.scene.Node node, String screen, int zoom, int width, int height) {
        return saveWhole(node, Path.of("target", "screenshots"),
                "short-window/" + screen + "-" + width + "x" + height + "-" + zoom + ".png");
    }

    public static Path saveWhole(javafx.scene.Node node, String name) {
        return saveWhole(node, folder(), name);
    }

    /** As {@link #saveWhole(javafx.scene.Node, String)}, into {@code folder}: checks a person looks at, not the README's. */
    public static Path saveWhole(javafx.scene.Node node, Path folder, String name) {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            javafx.scene.layout.Region root = (javafx.scene.layout.Region) node.getScene().getRoot();
            if (root.getBackground() != null && !root.getBackground().getFills().isEmpty()) {
                parameters.setFill(root.getBackground().getFills().get(0).getFill());
            }
            return node.snapshot(parameters, null);
        }));
        return write(image, folder.resolve(name));
    }

    /** The README's screenshot folder: system property {@code latent.screenshots}, else target/screenshots. */
    private static Path folder() {
        return Path.of(System.getProperty("latent.screenshots", "target/screenshots"));
    }

    private static Path write(WritableImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(toBufferedImage(image), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The same pixels as setRGB(x, y, getArgb(x, y)) one by one (alpha dropped), read in one call and written straight
     * into the image's buffer: pixel by pixel took most of a screenshot's time.
     */
    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] rgb = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), rgb, 0, width);
        for (int i = 0; i < rgb.length; i++) rgb[i] &= 0xFFFFFF;
        return out;
    }
}
