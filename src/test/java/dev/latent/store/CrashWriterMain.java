package dev.latent.store;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVM for {@link CrashTest}: streams ratings into the store and prints {@code ack <typed answer>} after each
 * {@code recordReview} returns, until it is killed. Each card's stability counts its reviews, so the parent can
 * check that the review row and the card update were committed together.
 */
public final class CrashWriterMain {

    static final String DECK = "crash";
    static final int CARDS = 20;

    private CrashWriterMain() {
    }

    static List<String> questionIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) ids.add("q" + i);
        return ids;
    }

    public static void main(String[] args) {
        String run = args[1];
        try (Store store = Store.open(Path.of(args[0]))) {
            store.syncDeck(DECK, questionIds(), Instant.now());
            for (int i = 0; i < 1_000_000; i++) {
                CardKey key = new CardKey(DECK, "q" + (i % CARDS));
                CardState before = store.cardState(key).orElseThrow();
                Instant now = Instant.now();
                double reviews = before.stability() == null ? 1 : before.stability() + 1;
                CardState after = new CardState(CardState.State.REVIEW, null, reviews, 5.0, now.plus(Duration.ofDays(1)), now);
                String typed = run + "-" + i;
                store.recordReview(new ReviewInput(key, Rating.of(1 + i % 4), after, now, i, null, typed, i % 101,
                        "{\"run\":\"" + run + "\",\"i\":" + i + "}"));
                System.out.println("ack " + typed);
                System.out.flush();
            }
        }
    }
}
