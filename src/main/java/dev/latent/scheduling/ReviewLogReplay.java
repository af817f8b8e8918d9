package dev.latent.scheduling;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays a review log through the scheduler and measures how well FSRS predicted recall, the check
 * py-fsrs and the FSRS benchmark use: before every review but a card's first, predict R at that moment;
 * the outcome is "recalled" when the rating is above Again; only reviews at least one day after the card's
 * previous review count (same-day reviews test short-term memory, which the forgetting curve does not model).
 */
public final class ReviewLogReplay {

    /** The columns of a review log CSV, as py-fsrs's test logs name them. */
    public static final List<String> COLUMNS = List.of("card_id", "review_rating", "review_time", "review_duration");

    private ReviewLogReplay() {
    }

    /** One logged review. {@code durationMillis} is null when the log leaves it empty. */
    public record Review(String cardId, Rating rating, Instant time, Long durationMillis) {
    }

    /**
     * @param logLoss mean binary cross-entropy of the predictions, lower is better
     * @param meanPredictedRecall mean predicted R over the evaluated reviews
     * @param observedRecall share of the evaluated reviews rated above Again
     * @param count evaluated reviews (at least a day after the card's previous review)
     * @param reviews all reviews replayed
     * @param cards distinct cards
     * @param rmseBins srs-benchmark's RMSE (bins), see {@link ReplayMetrics#rmseBins()}
     */
    public record Metrics(double logLoss, double meanPredictedRecall, double observedRecall, int count,
                          int reviews, int cards, double rmseBins) {
    }

    /**
     * Reads a CSV with a header naming {@link #COLUMNS} (any order; other columns are ignored). Times are
     * ISO-8601 with an offset, e.g. {@code 2024-03-29T20:32:32.250000+00:00}.
     *
     * @throws ReviewLogFormatException for a missing column or a row that cannot be read, with its line number
     */
    public static List<Review> readCsv(Path file) throws IOException, ReviewLogFormatException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(reader);
        }
    }

    /** Reads a review log file straight into a {@link ReviewHistory}, keeping no row objects. */
    public static ReviewHistory readHistory(Path file) throws IOException, ReviewLogFormatException {
        ReviewHistory.Builder builder = new ReviewHistory.Builder();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            readCsv(reader, review -> builder.add(review.cardId(), review.rating(), review.time()));
        }
        return builder.build();
    }

    public static List<Review> readCsv(BufferedReader reader) throws IOException, ReviewLogFormatException {
        List<Review> reviews = new ArrayList<>();
        readCsv(reader, reviews::add);
        return reviews;
    }

    /**
     * Reads a review log row by row, handing each review to {@code sink} without keeping the rows, so a log of
     * millions of reviews can go straight into a {@link ReviewHistory.Builder}.
     */
    public static void readCsv(BufferedReader reader, Consumer<Review> sink) throws IOException, ReviewLogFormatException {
        String header = reader.readLine();
        if (header == null) throw new ReviewLogFormatException(1, "empty file, expected a header " + String.join(",", COLUMNS));
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        List<String> names = Arrays.stream(header.split(",", -1)).map(ReviewLogReplay::unquote).toList();
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = names.indexOf(COLUMNS.get(c));
            if (index[c] < 0) {
                throw new ReviewLogFormatException(1, "header has no column \"" + COLUMNS.get(c) + "\" (expected "
                        + String.join(",", COLUMNS) + ")");
            }
        }

        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) continue;
            String[] fields = line.split(",", -1);
            if (fields.length != names.size()) {
                throw new ReviewLogFormatException(lineNumber, "expected " + names.size() + " fields, found " + fields.length);
            }
            sink.accept(parseRow(fields, index, lineNumber));
        }
    }

    private static Review parseRow(String[] fields, int[] index, int line) throws ReviewLogFormatException {
        String cardId = unquote(fields[index[0]]);
        if (cardId.isEmpty()) throw new ReviewLogFormatException(line, "card_id is empty");

        String ratingText = unquote(fields[index[1]]);
        Rating rating;
        try {
            rating = Rating.of(Integer.parseInt(ratingText));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new ReviewLogFormatException(line, "review_rating must be 1-4, was \"" + ratingText + "\"");
        }

        String timeText = unquote(fields[index[2]]);
        Instant time;
        try {
            time = OffsetDateTime.parse(timeText).toInstant();
        } catch (DateTimeParseException e) {
            throw new ReviewLogFormatException(line, "review_time is not an ISO-8601 time with offset: \"" + timeText + "\"");
        }

        String durationText = unquote(fields[index[3]]);
        Long duration = null;
        if (!durationText.isEmpty()) {
            try {
                duration = Long.parseLong(durationText);
            } catch (NumberFormatException e) {
                throw new ReviewLogFormatException(line, "review_duration must be whole milliseconds, was \"" + durationText + "\"");
            }
            if (duration < 0) throw new ReviewLogFormatException(line, "review_duration is negative: " + duration);
        }
        return new Review(cardId, rating, time, duration);
    }

    private static String unquote(String field) {
        String trimmed = field.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    /**
     * Replays every card's reviews in time order (log order for equal times) from a new card with the scheduler's
     * parameters. Only the memory state matters here, so the scheduler's settings (steps, fuzz) play no part.
     */
    public static Metrics evaluate(List<Review> log, Scheduler scheduler) {
        ReviewHistory history = ReviewHistory.of(log);
        ReplayMetrics m = ReplayMetrics.of(history, scheduler.parameters());
        return new Metrics(m.logLoss(), m.meanPredictedRecall(), m.observedRecall(), m.count(), log.size(),
                history.cardCount(), m.rmseBins());
    }
}
