package dev.latent.ui.settings;

import atlantafx.base.theme.Styles;
import dev.latent.settings.KeyAction;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.study.RatingThresholds;
import dev.latent.ui.common.DialogFit;
import dev.latent.ui.common.KeyBindings;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.Themes;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Edits the settings; nothing changes until OK, and OK refuses values that make no sense, saying why. */
public final class SettingsDialog {

    private final Dialog<Settings> dialog = new Dialog<>();
    private final Spinner<Double> retention = new Spinner<>(Settings.MIN_RETENTION, Settings.MAX_RETENTION, 0.9, 0.01);
    private final Spinner<Integer> newPerDay = new Spinner<>(0, Settings.MAX_PER_DAY, 20);
    private final Spinner<Integer> reviewsPerDay = new Spinner<>(0, Settings.MAX_PER_DAY, 200);
    private final TextField learningSteps = new TextField();
    private final TextField relearningSteps = new TextField();
    private final ComboBox<Settings.Theme> theme = new ComboBox<>();
    private final Slider zoom = new Slider(Settings.MIN_ZOOM, Settings.MAX_ZOOM, 100);
    private final TextField thresholds = new TextField();
    private final CheckBox autoAdvance = new CheckBox("Rate with the suggestion automatically after a pause");
    private final Map<KeyAction, TextField> keyFields = new EnumMap<>(KeyAction.class);
    private final Label error = new Label();
    /** Per field: the message under it when its value is refused. */
    private final Map<Node, Label> fieldErrors = new java.util.LinkedHashMap<>();
    private final ScrollPane scroll = new ScrollPane();
    private Settings result;

    /** A value refused, told at the field that holds it. */
    private static final class FieldException extends IllegalArgumentException {
        final Node field;

        FieldException(Node field, String message) {
            super(message);
            this.field = field;
        }
    }

    static Optional<Settings> show(Window owner, Settings current) {
        return show(owner, current, null);
    }

    /**
     * @param openScheduling opens FSRS's "Optimize from my history" over this dialog (its window given), or null to
     *     leave the Scheduling row out
     */
    public static Optional<Settings> show(Window owner, Settings current, java.util.function.Consumer<Window> openScheduling) {
        SettingsDialog settingsDialog = new SettingsDialog(current, openScheduling);
        settingsDialog.dialog.initOwner(owner);
        settingsDialog.fitWithin(owner, current.fontZoomPercent());
        return settingsDialog.dialog.showAndWait();
    }

    /**
     * Never larger than the window it opens over, so OK and Cancel stay on screen at any text size ({@link DialogFit}).
     * Over a short window for the text (300 % on a 1366x768 laptop) the header and the buttons' bar are slim
     * (latent.css), and the fields get the height they leave: the dialog's chrome took half of it.
     */
    private void fitWithin(Window owner, int zoomPercent) {
        double em = Themes.BASE_FONT_PX * zoomPercent / 100.0;
        DialogFit.fitWithin(dialog, scroll, owner, em, Math.min(44 * em, 1200), Math.min(36 * em, 640));
    }

    private SettingsDialog(Settings current, java.util.function.Consumer<Window> openScheduling) {
        dialog.setTitle("Settings");
        dialog.setHeaderText("Settings");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("settings-dialog");
        // The dialog follows the text size the rest of the app has.
        dialog.getDialogPane().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                Themes.BASE_FONT_PX * current.fontZoomPercent() / 100.0));

        retention.getValueFactory().setValue(current.desiredRetention());
        retention.setEditable(true);
        retention.setId("setting-retention");
        newPerDay.getValueFactory().setValue(current.newPerDay());
        newPerDay.setEditable(true);
        newPerDay.setId("setting-new-per-day");
        reviewsPerDay.getValueFactory().setValue(current.reviewsPerDay());
        reviewsPerDay.setEditable(true);
        reviewsPerDay.setId("setting-reviews-per-day");
        learningSteps.setText(String.join(" ", SettingsStore.formatSteps(current.learningSteps())));
        learningSteps.setId("setting-learning-steps");
        relearningSteps.setText(String.join(" ", SettingsStore.formatSteps(current.relearningSteps())));
        relearningSteps.setId("setting-relearning-steps");
        theme.getItems().setAll(Settings.Theme.values());
        theme.setValue(current.theme());
        theme.setId("setting-theme");
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Settings.Theme value) {
                return value == null ? "" : switch (value) {
                    case LIGHT -> "Light";
                    case DARK -> "Dark";
                    case SYSTEM -> "Follow the system";
                };
            }

            @Override
            public Settings.Theme fromString(String text) {
                return Settings.Theme.SYSTEM;
            }
        });
        theme.setMinWidth(Region.USE_PREF_SIZE); // "Follow the system" in full
        zoom.setValue(current.fontZoomPercent());
        // Steps of 10 %: 80, 90 ... 300.
        zoom.setMajorTickUnit(10);
        zoom.setMinorTickCount(0);
        zoom.setSnapToTicks(true);
        zoom.setBlockIncrement(10);
        zoom.setShowTickMarks(true);
        zoom.setId("setting-zoom");
        Label zoomValue = new Label();
        zoomValue.textProperty().bind(zoom.valueProperty().asString("%.0f %%"));
        thresholds.setText(current.ratingThresholds().hard() + " " + current.ratingThresholds().good() + " "
                + current.ratingThresholds().easy());
        thresholds.setId("setting-thresholds");
        autoAdvance.setSelected(current.autoAdvance());
        autoAdvance.setId("setting-auto-advance");
        autoAdvance.setWrapText(true);
        autoAdvance.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        row = add(grid, row, "Desired retention", retention,
                "The chance of remembering a card that the scheduler aims for. Higher means more reviews.");
        row = add(grid, row, "New cards per day", newPerDay, "How many new cards each study day introduces.");
        row = add(grid, row, "Reviews per day", reviewsPerDay, "The most review cards shown in one study day.");
        row = add(grid, row, "Learning steps", learningSteps, "Short steps before a new card graduates, e.g. 1m 10m.");
        row = add(grid, row, "Relearning steps", relearningSteps, "Steps after forgetting a card, e.g. 10m. Empty for none.");
        row = add(grid, row, "Theme", theme, "Light, dark, or the same as your desktop.");
        row = add(grid, row, "Text size", new javafx.scene.layout.HBox(8, zoom, zoomValue), "80 % to 300 %.");
        row = add(grid, row, "Suggest Hard, Good, Easy from", thresholds,
                "Scores (0-100) from which the feedback suggests Hard, Good and Easy; below the first, Again. Default 40 60 85.");
        row = add(grid, row, "Auto-advance", autoAdvance, "After showing feedback, rate with the suggestion unless you press a key.");
        if (openScheduling != null) {
            Label schedulingHeading = new Label("Scheduling");
            schedulingHeading.getStyleClass().add(Styles.TITLE_4);
            grid.add(schedulingHeading, 0, row++, 2, 1);
            javafx.scene.control.Button optimize = new javafx.scene.control.Button("Optimize from my history…");
            optimize.setId("setting-fsrs-optimize");
            optimize.setWrapText(true); // two lines rather than cut short, in a dialog narrowed to its window
            optimize.setOnAction(e -> openScheduling.accept(dialog.getDialogPane().getScene().getWindow()));
            row = add(grid, row, "FSRS parameters", optimize,
                    "Fit the memory model to your own reviews, see how much better it predicts them, and choose to use it.");
        }
        Label keysHeading = new Label("Keys");
        keysHeading.getStyleClass().add(Styles.TITLE_4);
        grid.add(keysHeading, 0, row++, 2, 1);
        for (KeyAction action : KeyAction.values()) {
            TextField field = new TextField(String.join(", ", current.keys().get(action).stream()
                    .map(SettingsDialog::keyText).toList()));
            field.setId("key-" + action.name().toLowerCase(Locale.ROOT));
            keyFields.put(action, field);
            row = add(grid, row, action.description(), field, "Keys separated by commas, e.g. Ctrl+Z, U");
        }
        double em = Themes.BASE_FONT_PX * current.fontZoomPercent() / 100.0;
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        // A label wraps onto more lines rather than being cut short, and leaves the fields room at any text size.
        labels.setMaxWidth(14 * em);
        labels.setMinWidth(8 * em);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        error.setId("settings-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        // Only while it has something to say: empty, its line was a blank band over the buttons, at the end of the fields.
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        scroll.setContent(new VBox(12, grid, error));
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setContent(scroll);

        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            fieldErrors.forEach((field, message) -> {
                message.setText("");
                message.setVisible(false);
                message.setManaged(false);
                field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            });
            error.setText("");
            try {
                result = read(current);
            } catch (FieldException e) {
                showAt(e.field, e.getMessage());
                event.consume();
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
                Pages.scrollIntoView(scroll, error); // under the last field
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? result : null);
    }

    private int add(GridPane grid, int row, String label, Node control, String help) {
        Label name = new Label(label);
        name.setLabelFor(control);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        if (control instanceof javafx.scene.control.Control c) {
            c.setTooltip(new Tooltip(help));
            c.setAccessibleHelp(help);
            c.setAccessibleText(label);
        }
        Label message = new Label();
        message.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        Node target = control instanceof javafx.scene.layout.HBox box ? box.getChildren().get(0) : control;
        fieldErrors.put(target, message);
        grid.add(name, 0, row);
        grid.add(new VBox(4, control, message), 1, row);
        return row + 1;
    }

    /** Marks the field, says why under it, and brings it into view with the focus. */
    private void showAt(Node field, String text) {
        Label message = fieldErrors.get(field);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        if (message != null) {
            message.setText(text);
            message.setVisible(true);
            message.setManaged(true);
            message.setId("settings-error-here");
        } else {
            error.setText(text);
        }
        field.requestFocus();
        scroll.layout();
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = scroll.getContent().sceneToLocal(field.localToScene(0, 0)).getY();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
    }

    /** A bound key as the learner reads it: "Ctrl+Enter" rather than the portable "Shortcut+Enter". */
    static String keyText(String name) {
        return KeyBindings.readable(name);
    }

    private Settings read(Settings current) {
        Map<KeyAction, List<String>> keys = new EnumMap<>(KeyAction.class);
        for (Map.Entry<KeyAction, TextField> entry : keyFields.entrySet()) {
            List<String> shown = Arrays.stream(entry.getValue().getText().split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> names = new java.util.ArrayList<>();
            for (String name : shown) {
                if (KeyBindings.parse(name).isEmpty()) {
                    throw new FieldException(entry.getValue(), "\"" + name + "\" is not a key.");
                }
                // A key shown as "Ctrl+Enter" and left as it was keeps its portable name ("Shortcut+Enter").
                names.add(current.keys().getOrDefault(entry.getKey(), List.of()).stream()
                        .filter(original -> keyText(original).equals(name)).findFirst().orElse(name));
            }
            keys.put(entry.getKey(), names);
        }
        List<java.time.Duration> learning = steps(learningSteps);
        List<java.time.Duration> relearning = steps(relearningSteps);
        RatingThresholds ratings = readThresholds();
        try {
            return new Settings(retention.getValue(), newPerDay.getValue(), reviewsPerDay.getValue(), learning, relearning,
                    theme.getValue(), (int) Math.round(zoom.getValue()), autoAdvance.isSelected(), keys, ratings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static List<java.time.Duration> steps(TextField field) {
        try {
            return SettingsStore.parseSteps(words(field.getText()));
        } catch (IllegalArgumentException e) {
            throw new FieldException(field, e.getMessage());
        }
    }

    private RatingThresholds readThresholds() {
        List<String> parts = words(thresholds.getText());
        try {
            if (parts.size() == 3) {
                return new RatingThresholds(Integer.parseInt(parts.get(0)), Integer.parseInt(parts.get(1)),
                        Integer.parseInt(parts.get(2)));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw new FieldException(thresholds, "Three scores in order, like 40 60 85.");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    }
}
