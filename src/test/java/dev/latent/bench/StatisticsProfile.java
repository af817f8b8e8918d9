package dev.latent.bench;

import dev.latent.store.CardKey;
import dev.latent.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.function.Supplier;

/** Times each statistics query on the benchmark's data, to see where the time goes: {@code java ... StatisticsProfile DIR}. */
public final class StatisticsProfile {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        if (!Files.exists(dir.resolve(Store.DATABASE_FILE))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < StatisticsBenchmark.CARDS; i++) ids.add("q" + i);
            try (Store s = Store.open(dir)) {
                s.syncDeck(StatisticsBenchmark.DECK, ids, StatisticsBenchmark.NOW.minus(Duration.ofDays(1010)));
            }
            StatisticsBenchmark.fill(dir.resolve(Store.DATABASE_FILE));
        }
        Instant now = StatisticsBenchmark.NOW;
        try (Store store = Store.open(dir)) {
            for (int round = 0; round < 5; round++) {
                time("hasReviews", store.statistics()::hasReviews);
                time("reviewBuckets", () -> store.statistics().reviewBuckets(now.minus(Duration.ofDays(365)), now));
                time("reviewTotals", () -> {
                    List<Instant> days = new ArrayList<>();
                    for (int d = 365; d >= 0; d--) days.add(now.minus(Duration.ofDays(d)));
                    return store.statistics().reviewTotals(days);
                });
                time("dueBuckets", () -> store.statistics().dueBuckets(now.plus(Duration.ofDays(30))));
                time("conceptTallies", () -> store.statistics().conceptTallies(now.minus(Duration.ofDays(56)), now.minus(Duration.ofDays(28)), now));
                // The next day's first request: the counts move by a day.
                Instant next = now.plus(Duration.ofDays(1 + round % 2));
                time("conceptTallies+1d", () -> store.statistics().conceptTallies(next.minus(Duration.ofDays(56)), next.minus(Duration.ofDays(28)), next));
                time("conceptTallies=", () -> store.statistics().conceptTallies(next.minus(Duration.ofDays(56)), next.minus(Duration.ofDays(28)), next));
                time("scoreHistory x12", () -> {
                    for (int i = 0; i < 12; i++) store.statistics().scoreHistory(new CardKey(StatisticsBenchmark.DECK, "q" + i));
                    return null;
                });
                time("cards", () -> store.examDates().cards(StatisticsBenchmark.DECK));
                time("memoryStates", () -> store.memoryStates(StatisticsBenchmark.DECK));
            }
        }
    }

    /** Wall time, and the thread's CPU time (which a busy machine disturbs less). */
    private static void time(String what, Supplier<?> work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.get();
        System.out.printf("%-18s %7.1f ms  (cpu %6.1f ms)%n", what, (System.nanoTime() - start) / 1e6,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    }
}
