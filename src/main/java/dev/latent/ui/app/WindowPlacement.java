package dev.latent.ui.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.platform.AtomicFiles;
import dev.latent.platform.JsonTree;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The main window's size and position, remembered between runs in {@code window.json} beside the database (as Anki
 * does). A placement that no longer fits any screen (a monitor unplugged) is ignored, so the window always opens
 * where it can be seen; an unreadable file is ignored too: it is a convenience, never a reason not to start.
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    static final String FILE = "window.json";
    private static final Set<String> FIELDS = Set.of("x", "y", "width", "height", "maximized");
    /** At least this much of the window's title bar must be on a screen for the placement to be used. */
    private static final double VISIBLE = 80;

    static Optional<WindowPlacement> load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4096) return Optional.empty();
            WindowPlacement placement = parse(JsonTree.parse(Files.readString(file, StandardCharsets.UTF_8)));
            return placement.width() >= 100 && placement.height() >= 100
                    && Double.isFinite(placement.x()) && Double.isFinite(placement.y())
                    && placement.width() < 100_000 && placement.height() < 100_000
                    ? Optional.of(placement) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The placement a JSON object states; a missing field is 0 (or not maximized), anything else is refused. */
    private static WindowPlacement parse(JsonNode json) {
        if (!json.isObject()) throw new IllegalArgumentException("not a JSON object");
        json.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) throw new IllegalArgumentException("unknown field " + name);
        });
        JsonNode maximized = json.path("maximized");
        if (!maximized.isMissingNode() && !maximized.isBoolean()) throw new IllegalArgumentException("maximized: not true or false");
        return new WindowPlacement(number(json, "x"), number(json, "y"), number(json, "width"), number(json, "height"),
                maximized.asBoolean(false));
    }

    private static double number(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (value.isMissingNode()) return 0;
        if (!value.isNumber()) throw new IllegalArgumentException(field + ": not a number");
        return value.doubleValue();
    }

    static WindowPlacement of(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** Saves quietly: losing the window's position is not worth an error on the way out. */
    void save(Path dataDir) {
        try {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            try (JsonGenerator out = new JsonFactory().createGenerator(json)) {
                out.writeStartObject();
                out.writeNumberField("x", x);
                out.writeNumberField("y", y);
                out.writeNumberField("width", width);
                out.writeNumberField("height", height);
                out.writeBooleanField("maximized", maximized);
                out.writeEndObject();
            }
            AtomicFiles.writePrivate(dataDir.resolve(FILE), json.toByteArray());
        } catch (IOException | RuntimeException e) {
            System.err.println("latent: window position not saved: " + e.getMessage());
        }
    }

    /** Applies the placement when its title bar is on one of {@code screens}; false leaves the stage as it was. */
    boolean applyTo(Stage stage, Iterable<Screen> screens) {
        Rectangle2D titleBar = new Rectangle2D(x, y, width, Math.min(height, 40));
        for (Screen screen : screens) {
            Rectangle2D bounds = screen.getVisualBounds();
            double overlapWidth = Math.min(bounds.getMaxX(), titleBar.getMaxX()) - Math.max(bounds.getMinX(), titleBar.getMinX());
            if (bounds.intersects(titleBar) && overlapWidth >= Math.min(VISIBLE, width)) {
                stage.setX(x);
                stage.setY(y);
                stage.setWidth(Math.min(width, bounds.getWidth()));
                stage.setHeight(Math.min(height, bounds.getHeight()));
                stage.setMaximized(maximized);
                return true;
            }
        }
        return false;
    }
}
