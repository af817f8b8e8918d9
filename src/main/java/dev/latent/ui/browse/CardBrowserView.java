package dev.latent.ui.browse;

import atlantafx.base.theme.Styles;
import dev.latent.browse.BrowserRow;
import dev.latent.browse.CardBrowser;
import dev.latent.browse.CardSearch;
import dev.latent.deck.Deck;
import dev.latent.store.CardKey;
import dev.latent.store.StoreException;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.TimeText;
import dev.latent.ui.common.TopBar;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Anki's browser: every card of every deck in a sortable table, narrowed by deck, tag, state, flag and words, with the
 * card controls on the selection (suspend, bury, flag, reset, set due date) and the editor or card info for one card.
 * Every change goes to the store at once and the table is read again from it.
 */
public final class CardBrowserView {

    private final CardBrowser browser;
    private final ZoneId zone;
    private final BiConsumer<Deck, String> onEdit;
    private final BiConsumer<Deck, String> onInfo;

    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ComboBox<Optional<Deck>> deckFilter = new ComboBox<>();
    private final ComboBox<Optional<String>> tagFilter = new ComboBox<>();
    private final ComboBox<Optional<BrowserRow.State>> stateFilter = new ComboBox<>();
    private final CheckBox flaggedOnly = new CheckBox("Flagged");
    private final Label count = new Label();
    private final TopBar topBar;
    private final Label status = new Label();
    private final TableView<BrowserRow> table = new TableView<>();
    private final ObservableList<BrowserRow> rows = FXCollections.observableArrayList();
    /** The text size in pixels: columns are sized in ems so their headers read in full at any text size. */
    private final double em;

    /**
     * @param onEdit opens the editor on a deck's question
     * @param onInfo shows a card's info
     */
    public CardBrowserView(CardBrowser browser, ZoneId zone, double fontPx, Runnable onLeave, BiConsumer<Deck, String> onEdit,
                           BiConsumer<Deck, String> onInfo) {
        this.em = fontPx;
        this.browser = browser;
        this.zone = zone;
        this.onEdit = onEdit;
        this.onInfo = onInfo;
        root.setId("card-browser");
        topBar = new TopBar("Browse cards", "Back to the deck list (Esc)", onLeave, count);
        root.setTop(topBar.node());
        buildTable();
        // The filters, the table and its buttons fill the window; at large text on a small screen, where they would
        // leave the table one row, the table keeps its CSS min height (in em) and the page scrolls instead.
        FlowPane filters = filters();
        Region actions = actions();
        VBox page = new VBox(filters, table, actions);
        VBox.setMargin(table, new Insets(0, 12, 0, 12));
        page.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("page-scroll");
        // A flow's preferred height is that of its rows at the width it will have, not at its default wrap length.
        filters.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(24));
        root.setCenter(scroll);
        // Large text in a short window: the bars and the filters give their spare height to the table (latent.css).
        topBar.compactWhenShort(root);
        Pages.escapeLeaves(root, onLeave);
        refresh();
    }

    public Node node() {
        return root;
    }

    public void focusStart() {
        search.requestFocus();
    }

    /** Shows only the cards of one deck (the deck list's entry point for a deck), or every deck with null. */
    public void showDeck(String deckId) {
        deckFilter.getItems().stream().filter(d -> d.map(Deck::id).filter(deckId::equals).isPresent())
                .findFirst().ifPresent(deckFilter::setValue);
    }

    private FlowPane filters() {
        search.setId("browser-search");
        search.setPromptText("Search questions, answers and tags");
        search.setTooltip(new Tooltip(search.getPromptText())); // at large text the box is shorter than its hint
        search.setPrefColumnCount(16);
        search.textProperty().addListener((o, old, now) -> refresh());

        deckFilter.setId("browser-deck");
        deckFilter.getItems().add(Optional.empty());
        browser.decks().forEach(d -> deckFilter.getItems().add(Optional.of(d)));
        deckFilter.setConverter(converter(d -> d.map(Deck::title).orElse("All decks")));
        deckFilter.setValue(Optional.empty());
        deckFilter.valueProperty().addListener((o, old, now) -> refresh());

        tagFilter.setId("browser-tag");
        tagFilter.getItems().add(Optional.empty());
        browser.tags().forEach(t -> tagFilter.getItems().add(Optional.of(t)));
        tagFilter.setConverter(converter(t -> t.orElse("Any tag")));
        tagFilter.setValue(Optional.empty());
        tagFilter.valueProperty().addListener((o, old, now) -> refresh());

        stateFilter.setId("browser-state");
        stateFilter.getItems().add(Optional.empty());
        for (BrowserRow.State state : BrowserRow.State.values()) stateFilter.getItems().add(Optional.of(state));
        stateFilter.setConverter(converter(s -> s.map(CardBrowserView::stateName).orElse("Any state")));
        stateFilter.setValue(Optional.empty());
        stateFilter.valueProperty().addListener((o, old, now) -> refresh());

        flaggedOnly.setId("browser-flagged");
        flaggedOnly.selectedProperty().addListener((o, old, now) -> refresh());

        count.setId("browser-count");
        FlowPane bar = new FlowPane(10, 8, search, deckFilter, tagFilter, stateFilter, flaggedOnly);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("browser-filters");
        for (Node n : bar.getChildren()) if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void buildTable() {
        table.setId("browser-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No cards match."));
        table.getColumns().add(textColumn("Question", "col-question", BrowserRow::prompt, 24));
        table.getColumns().add(textColumn("Deck", "col-deck", r -> r.deck().title(), 14));
        table.getColumns().add(textColumn("State", "col-state", r -> stateName(r.state()), 7));
        table.getColumns().add(column("Due", "col-due", r -> r.card().state().isNew() ? null : r.card().state().due(),
                due -> TimeText.date(due.atZone(zone).toLocalDate()), 8));
        table.getColumns().add(column("Interval", "col-interval", r -> r.intervalDays() == 0 ? null : r.intervalDays(),
                days -> dev.latent.scheduling.IntervalFormat.formatDays((int) Math.min(Integer.MAX_VALUE, days)), 6.5));
        table.getColumns().add(column("Stability", "col-stability", r -> r.card().state().stability(),
                s -> String.format(Locale.ROOT, "%.1f d", s), 7));
        table.getColumns().add(column("Difficulty", "col-difficulty", r -> r.card().state().difficulty(),
                d -> String.format(Locale.ROOT, "%.0f %%", (d - 1) / 9 * 100), 7));
        table.getColumns().add(column("Retrievability", "col-retrievability",
                r -> r.retrievability().isPresent() ? r.retrievability().getAsDouble() : null,
                r -> String.format(Locale.ROOT, "%.0f %%", r * 100), 9));
        table.getColumns().add(column("Lapses", "col-lapses", r -> r.card().lapses(), String::valueOf, 5.5));
        table.getColumns().add(column("Last score", "col-score", r -> r.card().lastScore(), String::valueOf, 7));
        TableColumn<BrowserRow, Integer> flag = column("Flag", "col-flag", r -> r.card().flag() == 0 ? null : r.card().flag(),
                f -> "\u2691 " + dev.latent.browse.Flag.of(f).title(), 6.5);
        flag.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("flag-"));
                setText(empty || item == null ? null : "\u2691 " + dev.latent.browse.Flag.of(item).title());
                if (!empty && item != null) getStyleClass().add("flag-" + item);
            }
        });
        table.getColumns().add(flag);
        SortedList<BrowserRow> sorted = new SortedList<>(rows);
        // The table's own comparator reverses everything for a descending column, empty cells too; a new card's
        // missing stability must not head the list when sorting by stability, so empties stay last either way.
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> table.getSortOrder().isEmpty() ? null : emptiesLast(List.copyOf(table.getSortOrder())),
                table.comparatorProperty()));
        table.setSortPolicy(t -> true);
        table.setItems(sorted);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<BrowserRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) onEdit.accept(row.getItem().deck(), row.getItem().question().id());
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    @SuppressWarnings("unchecked")
    private static Comparator<BrowserRow> emptiesLast(List<TableColumn<BrowserRow, ?>> order) {
        return (a, b) -> {
            for (TableColumn<BrowserRow, ?> column : order) {
                Object x = column.getCellData(a);
                Object y = column.getCellData(b);
                if (x == null || y == null) {
                    if (x != y) return x == null ? 1 : -1;
                    continue;
                }
                int c = ((Comparator<Object>) column.getComparator()).compare(x, y);
                if (c != 0) return column.getSortType() == TableColumn.SortType.DESCENDING ? -c : c;
            }
            return 0;
        };
    }

    private TableColumn<BrowserRow, String> textColumn(String title, String id, Function<BrowserRow, String> value,
                                                             double widthEm) {
        TableColumn<BrowserRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item)); // the whole question, when cut short
            }
        });
        column.setPrefWidth(widthEm * em);
        column.setMinWidth(Math.min(widthEm, 6) * em);
        return column;
    }

    /** A column of comparable values shown as text; empty cells (no value) sort last. */
    private <T extends Comparable<T>> TableColumn<BrowserRow, T> column(String title, String id,
                                                                              Function<BrowserRow, T> value,
                                                                              Function<T, String> text, double widthEm) {
        TableColumn<BrowserRow, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.naturalOrder());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setPrefWidth(widthEm * em);
        column.setMinWidth(Math.min(widthEm, 6) * em);
        return column;
    }

    private Region actions() {
        Button suspend = Pages.button("Suspend", "browser-suspend",
                "Keep the selected cards out of study (again to bring them back)", this::toggleSuspend);
        Button bury = Pages.button("Bury", "browser-bury",
                "Keep the selected cards out of study until tomorrow (again to unbury)", this::toggleBury);
        MenuButton flag = new MenuButton("Flag");
        flag.setId("browser-flag");
        for (int f = 0; f <= 4; f++) {
            int value = f;
            MenuItem item = new MenuItem(f == 0 ? "No flag" : "\u2691 " + dev.latent.browse.Flag.of(f).title());
            item.setId("browser-flag-" + f);
            item.setOnAction(e -> change(keys -> browser.flag(keys, value),
                    n -> value == 0 ? "Flag removed from " + cards(n) + "." : "Flagged " + cards(n) + " " + dev.latent.browse.Flag.of(value).title().toLowerCase(Locale.ROOT) + "."));
            flag.getItems().add(item);
        }
        Button reset = Pages.button("Reset\u2026", "browser-reset",
                "Make the selected cards new again; their review history stays", this::reset);
        Button due = Pages.button("Set due date\u2026", "browser-set-due",
                "Choose in how many days the selected studied cards come back", this::setDue);
        Button edit = Pages.button("Edit", "browser-edit",
                "Open the first selected card's question in the deck editor (double-click a row)",
                () -> first().ifPresent(r -> onEdit.accept(r.deck(), r.question().id())));
        Button info = Pages.button("Card info", "browser-info", "The first selected card's history and memory state",
                () -> first().ifPresent(r -> onInfo.accept(r.deck(), r.question().id())));
        status.setId("browser-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty()); // no empty line's height under the buttons
        status.visibleProperty().bind(status.managedProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        FlowPane buttons = new FlowPane(8, 8, suspend, bury, flag, reset, due, edit, info);
        for (Node n : buttons.getChildren()) if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        buttons.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        buttons.prefWrapLengthProperty().bind(root.widthProperty().subtract(24));
        VBox bar = new VBox(6, buttons, status);
        bar.getStyleClass().add("browser-actions");
        return bar;
    }

    private List<BrowserRow> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private Optional<BrowserRow> first() {
        return selection().stream().findFirst();
    }

    private static List<CardKey> keys(List<BrowserRow> rows) {
        return rows.stream().map(BrowserRow::key).toList();
    }

    /** Anki's toggle: when every selected card is suspended, unsuspend them; otherwise suspend them all. */
    private void toggleSuspend() {
        boolean allSuspended = selection().stream().allMatch(r -> r.card().suspended());
        change(keys -> browser.suspend(keys, !allSuspended),
                n -> (allSuspended ? "Unsuspended " : "Suspended ") + cards(n) + ".");
    }

    private void toggleBury() {
        boolean allBuried = selection().stream().allMatch(r -> r.state() == BrowserRow.State.BURIED);
        change(keys -> allBuried ? browser.unbury(keys) : browser.bury(keys),
                n -> (allBuried ? "Unburied " : "Buried until tomorrow: ") + cards(n) + ".");
    }

    private void reset() {
        int n = selection().size();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "They start again as new cards. Their review history is kept "
                + "for the statistics.", new ButtonType("Reset", ButtonType.OK.getButtonData()), ButtonType.CANCEL);
        ask.setHeaderText("Reset " + cards(n) + " to new?");
        ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        ask.getDialogPane().setId("browser-reset-confirm");
        if (ask.showAndWait().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()).isEmpty()) return;
        change(browser::forget, c -> "Reset " + cards(c) + " to new.");
    }

    private void setDue() {
        TextInputDialog ask = new TextInputDialog("1");
        ask.setHeaderText("Due in how many days? (0 = today)");
        ask.setTitle("Set due date");
        ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        ask.getDialogPane().setId("browser-set-due-dialog");
        Optional<String> answer = ask.showAndWait();
        if (answer.isEmpty()) return;
        int days;
        try {
            days = Integer.parseInt(answer.get().strip());
            if (days < 0 || days > 36_500) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            status.setText("Not changed: \u201c" + answer.get().strip() + "\u201d is not a number of days from 0 to 36500.");
            return;
        }
        int selected = selection().size();
        change(keys -> browser.setDueInDays(keys, days), n -> "Due " + (days == 0 ? "today" : days == 1 ? "tomorrow"
                : "in " + days + " days") + ": " + cards(n) + (n < selected ? " (new cards have no due date to move)" : "") + ".");
    }

    /** Applies a change to the selection, reads the table again keeping the selection, and says what changed. */
    private void change(ToIntFunction<List<CardKey>> apply, java.util.function.IntFunction<String> said) {
        List<CardKey> keys = keys(selection());
        if (keys.isEmpty()) return;
        try {
            int changed = apply.applyAsInt(keys);
            refresh();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (keys.contains(table.getItems().get(i).key())) table.getSelectionModel().select(i);
            }
            status.setText(said.apply(changed));
        } catch (StoreException | IllegalArgumentException e) {
            status.setText("Not changed: " + e.getMessage());
        }
    }

    private void refresh() {
        CardSearch filter = CardSearch.ALL.withText(search.getText())
                .withDeck(Optional.ofNullable(deckFilter.getValue()).flatMap(d -> d).map(Deck::id).orElse(null))
                .withTag(Optional.ofNullable(tagFilter.getValue()).flatMap(t -> t).orElse(null))
                .withState(Optional.ofNullable(stateFilter.getValue()).flatMap(s -> s).orElse(null))
                .withFlaggedOnly(flaggedOnly.isSelected());
        table.getSelectionModel().clearSelection();
        rows.setAll(browser.rows(filter));
        count.setText(cards(rows.size()) + " shown");
        topBar.arrange();
    }

    private static String cards(int n) {
        return n == 1 ? "1 card" : n + " cards";
    }

    static String stateName(BrowserRow.State state) {
        return switch (state) {
            case NEW -> "New";
            case LEARNING -> "Learning";
            case REVIEW -> "Review";
            case SUSPENDED -> "Suspended";
            case BURIED -> "Buried";
        };
    }
}
