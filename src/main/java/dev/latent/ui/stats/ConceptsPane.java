package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.stats.ConceptMastery;
import dev.latent.stats.StatisticsCalculator;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.latent.ui.stats.StatsUi.rate;
import static dev.latent.ui.stats.StatsUi.trendText;
import static dev.latent.ui.common.Pages.wrapped;

/**
 * The concepts missed most lately, with their question, how often, and whether it is improving: a table, or for
 * large text wrapped lines (a table's columns would cut every cell short).
 */
final class ConceptsPane {

    static final int ROWS = 12;

    private ConceptsPane() {
    }

    /** The height the table will take, for the placeholder shown until it is built. */
    static double expectedHeight(List<ConceptMastery> concepts, double em) {
        return concepts.isEmpty() ? 20 : 3 * em + 2 * em * Math.min(ROWS, concepts.size());
    }

    static Node create(List<ConceptMastery> concepts, List<Deck> decks, double em, boolean large) {
        if (concepts.isEmpty()) {
            Label none = new Label("No graded answers in the last " + StatisticsCalculator.CONCEPT_DAYS + " days.");
            none.setId("stats-concepts-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        Map<String, String> prompts = decks.stream()
                .flatMap(d -> d.questions().stream().map(q -> Map.entry(d.id() + "/" + q.id(), q.prompt())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Function<ConceptMastery, String> prompt = c -> prompts.getOrDefault(c.card().toString(), c.card().questionId());
        List<ConceptMastery> shown = concepts.subList(0, Math.min(ROWS, concepts.size()));
        if (large) return list(shown, prompt);
        TableView<ConceptMastery> table = new TableView<>();
        table.setId("stats-concepts");
        table.getColumns().add(column("Concept", 200, ConceptMastery::label));
        table.getColumns().add(column("Question", 260, prompt));
        table.getColumns().add(column("Missed", 90, c -> c.missed() + " of " + c.seen()));
        table.getColumns().add(column("Earlier", 80, c -> rate(c.earlierMissRate())));
        table.getColumns().add(column("Lately", 80, c -> rate(c.laterMissRate())));
        table.getColumns().add(column("Trend", 110, StatsUi::trendText));
        table.getItems().setAll(shown);
        // The columns share the page's whole width, the question most of it.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setMaxWidth(Double.MAX_VALUE);
        table.setFixedCellSize(2 * em);
        table.setPrefHeight(3 * em + 2 * em * table.getItems().size());
        table.setPlaceholder(new Label(""));
        return table;
    }

    private static Node list(List<ConceptMastery> shown, Function<ConceptMastery, String> prompt) {
        VBox list = new VBox(10);
        list.setId("stats-concepts-list");
        for (ConceptMastery c : shown) {
            Label concept = wrapped(c.label());
            concept.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = wrapped("missed " + c.missed() + " of " + c.seen() + " \u00b7 earlier " + rate(c.earlierMissRate())
                    + ", lately " + rate(c.laterMissRate()) + " \u00b7 " + trendText(c));
            Label question = wrapped(prompt.apply(c));
            question.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            list.getChildren().add(new VBox(2, concept, detail, question));
        }
        return list;
    }

    private static TableColumn<ConceptMastery, String> column(String name, double width, Function<ConceptMastery, String> value) {
        TableColumn<ConceptMastery, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item)); // the whole text when cut
            }
        });
        return column;
    }
}
