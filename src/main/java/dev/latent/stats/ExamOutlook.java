package dev.latent.stats;

import java.time.LocalDate;

/** A deck's exam date and the recall projected for it: the mean predicted recall of its cards then. */
public record ExamOutlook(String deckId, String deckTitle, LocalDate examDate, long daysLeft, double projectedRecall) {
}
