package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckImages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * A question's image under its prompt or answer: scaled down to the width there is (never up), its header read and
 * the picture decoded in the background at a bounded size so that a huge picture cannot stall or exhaust the app. A
 * missing or broken file shows a short text in its place instead.
 */
final class CardImage {

    /** Pictures are decoded at most this large (a 20,000-pixel photo would otherwise take gigabytes). */
    static final double MAX_DECODE_WIDTH = 2000;
    static final double MAX_DECODE_HEIGHT = 2000;
    /** Taller pictures are scaled down to this height, so that the answer box stays on screen. */
    static final double MAX_SHOWN_HEIGHT = 480;

    private CardImage() {
    }

    /**
     * Puts the image a question names into {@code holder}, which shows only while there is one (the prompt image of
     * the reviewer and of the preview).
     */
    static void showIn(Pane holder, Deck deck, String name, String id) {
        Node image = of(deck, name, id);
        if (image == null) holder.getChildren().clear();
        else holder.getChildren().setAll(image);
        holder.setVisible(image != null);
        holder.setManaged(image != null);
    }

    /**
     * The image a question names, beside the deck's file; null when it names none.
     *
     * @param id the node's id ({@code prompt-image}); the text shown instead has {@code id + "-missing"} when there is
     *     no such file and {@code id + "-error"} when the file is not a picture the app can show
     */
    static Node of(Deck deck, String name, String id) {
        if (name == null) return null;
        Path file = file(deck, name);
        if (file == null || !Files.isRegularFile(file)) return notShown(id + "-missing", "Image not found: " + name);
        StackPane holder = new StackPane();
        holder.setId(id);
        holder.setAlignment(Pos.CENTER_LEFT);
        holder.setMinWidth(0);
        holder.setPrefWidth(0); // takes the width its page gives, whatever the picture's own size
        holder.getStyleClass().add("card-image");
        // The header is read off the JavaFX thread: the first read loads ImageIO's readers (~70 ms here).
        HEADERS.execute(() -> {
            double[] size = headerSize(file);
            Platform.runLater(() -> fill(holder, file, size, name, id));
        });
        return holder;
    }

    /** One daemon thread reads pictures' headers, in the order asked. */
    private static final Executor HEADERS = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "latent-image-header");
        thread.setDaemon(true);
        return thread;
    });

    /** Shows the picture in its holder, decoded in the background, or a short text when it cannot be shown. */
    private static void fill(StackPane holder, Path file, double[] size, String name, String id) {
        if (size == null) {
            holder.getChildren().setAll(notShown(id + "-error", "Image could not be shown: " + name));
            return;
        }
        Image image;
        try {
            // A requested size scales small pictures up as well as large ones down: ask for one only when needed.
            boolean large = size[0] > MAX_DECODE_WIDTH || size[1] > MAX_DECODE_HEIGHT;
            image = new Image(file.toUri().toString(), large ? MAX_DECODE_WIDTH : 0, large ? MAX_DECODE_HEIGHT : 0,
                    true, true, true);
        } catch (RuntimeException e) {
            holder.getChildren().setAll(notShown(id + "-error", "Image could not be shown: " + name));
            return;
        }
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleText("Image " + name);
        holder.getChildren().setAll(view);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(holder.getWidth(), image.getWidth() > 0 ? image.getWidth() : holder.getWidth())),
                holder.widthProperty(), image.widthProperty()));
        view.setFitHeight(MAX_SHOWN_HEIGHT);
        image.errorProperty().addListener((observable, was, failed) -> {
            if (failed) holder.getChildren().setAll(notShown(id + "-error", "Image could not be shown: " + name));
        });
        if (image.isError()) holder.getChildren().setAll(notShown(id + "-error", "Image could not be shown: " + name));
    }

    /** The picture's width and height from its header, without decoding it; null when it is not a picture. */
    private static double[] headerSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return null;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new double[]{reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The image's file: relative to the folder of the deck's file; null for a bundled deck or a name that may not be used. */
    static Path file(Deck deck, String name) {
        if (deck.source() == null) return null;
        try {
            Path deckFile = Path.of(deck.source()).toAbsolutePath();
            Path folder = deckFile.getParent();
            if (folder == null || !Files.isRegularFile(deckFile)) return null;
            return DeckImages.file(folder, name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Label notShown(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }
}
