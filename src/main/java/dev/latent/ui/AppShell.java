package dev.latent.ui;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckCatalog;
import dev.latent.platform.AppPaths;
import dev.latent.study.DeckWalkthrough;
import dev.latent.ui.present.PresentSetupView;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

import java.time.Clock;

/**
 * The window's frame: one screen at a time in the centre. Screens ask the shell to move on, so each
 * stays ignorant of the others; new screens (overview, presentation, statistics) slot in here.
 */
public final class AppShell {

    private final BorderPane root = new BorderPane();
    private final AppPaths paths;
    private final DeckCatalog catalog;

    public AppShell(AppPaths paths, DeckCatalog catalog) {
        this.paths = paths;
        this.catalog = catalog;
        root.getStyleClass().add("app-root");
    }

    public Parent root() {
        return root;
    }

    public void showDeckList() {
        DeckListView view = new DeckListView(catalog, paths, this::study, this::present);
        root.setCenter(view.node());
        view.focusFirst();
    }

    public void study(Deck deck) {
        StudyView view = new StudyView(new DeckWalkthrough(deck), this::showDeckList);
        root.setCenter(view.node());
        view.focusAnswer();
    }

    /** Presentation mode: no store is passed, so nothing presented is written to anyone's schedule. */
    public void present(Deck deck) {
        PresentSetupView view = new PresentSetupView(deck, Clock.systemUTC(), this::showDeckList);
        root.setCenter(view.node());
        view.focusStart();
    }
}
