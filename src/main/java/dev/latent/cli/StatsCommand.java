package dev.latent.cli;

import dev.latent.collection.StudyCollection;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckFailure;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.platform.AppPaths;
import dev.latent.stats.ConceptMastery;
import dev.latent.stats.DeckSummary;
import dev.latent.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code latent stats [--data-dir DIR] [--deck ID]}: a plain-text summary per deck. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = {
        "Print a plain-text summary per deck.",
        "Cards new/learning/review, reviews today and in the last 7 and 30 days, true retention over 30 days"
                + " (answers at least a day after the previous one, not rated Again), mean score of graded answers and"
                + " the most missed concepts."})
final class StatsCommand implements Callable<Integer> {

    /** Tests set a fixed clock; the zone decides where study days (4 AM) start. */
    static Clock clock = Clock.systemDefaultZone();

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--deck", paramLabel = "ID", description = "Only this deck.")
    String deckId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AppPaths paths = dataDir.existingPaths();
        DeckCatalog catalog = DeckLibrary.loadAll(paths.deckDir());
        // As the deck list shows a deck that does not load: the others are still summarised.
        PrintWriter err = spec.commandLine().getErr();
        for (DeckFailure failure : catalog.failures()) {
            for (DeckProblem problem : failure.problems()) err.println("stats: warning: deck left out: " + problem);
        }
        err.flush();
        List<Deck> decks = deckId == null ? catalog.decks() : catalog.deck(deckId).map(List::of).orElse(List.of());
        if (decks.isEmpty()) {
            throw CommandFailure.of(deckId == null ? "no decks found" : "no deck with id \"" + deckId + "\"");
        }
        try (Store store = Store.open(paths.dataDir())) {
            // As the app opens it: every deck synced, exam dates applied, so the counts are the ones it would show.
            StudyCollection.open(paths, catalog, store, clock);
            Instant now = clock.instant();
            ZoneId zone = clock.getZone();
            boolean first = true;
            for (Deck deck : decks) {
                if (!first) out.println();
                first = false;
                print(out, DeckSummary.compute(store, deck, now, zone));
            }
        }
        out.flush();
        return CliErrors.OK;
    }

    static void print(PrintWriter out, DeckSummary s) {
        out.printf(Locale.ROOT, "%s (%s)%n", s.title(), s.deckId());
        out.printf(Locale.ROOT, "  cards:          %d new, %d learning, %d review%n", s.newCards(), s.learning(), s.review());
        out.printf(Locale.ROOT, "  reviews:        %d today, %d in 7 days, %d in 30 days%n",
                s.reviewsToday(), s.reviewsLast7(), s.reviewsLast30());
        if (s.lastMonth().rate().isPresent()) {
            out.printf(Locale.ROOT, "  true retention: %.1f%% (%d of %d recalled, last 30 days)%n",
                    100 * s.lastMonth().rate().getAsDouble(), s.lastMonth().recalled(), s.lastMonth().checks());
        } else {
            out.println("  true retention: no answers a day or more after the previous one in the last 30 days");
        }
        if (s.meanScore().isPresent()) {
            out.printf(Locale.ROOT, "  mean score:     %.1f of 100 (%d graded answers)%n", s.meanScore().getAsDouble(), s.graded());
        } else {
            out.println("  mean score:     no graded answers yet");
        }
        if (s.mostMissed().isEmpty()) {
            out.println("  most missed:    none in the last 30 days");
        } else {
            out.println("  most missed concepts (last 30 days):");
            for (ConceptMastery m : s.mostMissed()) {
                out.printf(Locale.ROOT, "    %s (%s): missed %d of %d%n", m.label(), m.card().questionId(), m.missed(), m.seen());
            }
        }
    }
}
