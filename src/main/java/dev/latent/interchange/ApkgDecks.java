package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.Question;
import dev.latent.interchange.ApkgCards.Made;
import dev.latent.interchange.ApkgImport.Options;
import dev.latent.interchange.ApkgImport.Subdecks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The questions of an Anki package grouped into decks: one per Anki deck under the top deck they share, or one deck
 * with the subdecks as tags ({@link Subdecks}); each deck checked by {@link DeckValidator}.
 */
final class ApkgDecks {

    private ApkgDecks() {
    }

    /** The decks: one per Anki deck (or one with subdecks as tags), named from the top deck all the others are in. */
    static List<Deck> decks(List<Made> made, String source, String fallbackName, Options options,
                            String knownDeck, ImportReport report) throws ApkgException {
        List<String> names = made.stream().map(Made::deckName).filter(Objects::nonNull).distinct().toList();
        String root = commonRoot(names);
        String rootName = first(root, fallbackName, "Imported deck");
        String rootId = first(options.deckId(), knownDeck, AnkiText.deckIdFor(rootName), "imported");
        String rootTitle = first(options.title(), rootName);
        Map<String, List<Question>> byDeck = new LinkedHashMap<>();
        byDeck.put("", new ArrayList<>());
        for (Made one : made) {
            String relative = relative(one.deckName(), root);
            if (options.subdecks() == Subdecks.TAGS || relative.isEmpty()) {
                Question question = one.question();
                if (!relative.isEmpty()) {
                    List<String> tags = new ArrayList<>(question.tags());
                    if (!tags.contains(relative)) tags.add(relative);
                    question = new Question(question.id(), question.prompt(), question.answer(), tags, null, List.of(),
                            question.promptImage(), question.answerImage());
                }
                byDeck.get("").add(question);
            } else {
                byDeck.computeIfAbsent(relative, k -> new ArrayList<>()).add(one.question());
            }
        }
        if (byDeck.get("").isEmpty()) byDeck.remove("");
        List<Deck> decks = new ArrayList<>();
        List<String> subdecks = new ArrayList<>();
        String description = "Imported from the Anki package " + Path.of(source).getFileName() + ".";
        for (var entry : byDeck.entrySet()) {
            String relative = entry.getKey();
            String id;
            String title;
            if (relative.isEmpty()) {
                id = rootId;
                title = rootTitle;
            } else if (root.isEmpty()) { // decks side by side (a whole collection): each by its own name
                id = AnkiText.deckIdFor(options.deckId() == null ? relative : options.deckId() + "-" + relative);
                title = relative;
            } else {
                id = AnkiText.deckIdFor(rootId + "-" + relative);
                title = rootTitle + "::" + relative;
            }
            decks.add(checked(new Deck(id, title, description, entry.getValue(), source), source));
            if (!relative.isEmpty()) subdecks.add("\"" + title + "\" as deck \"" + id + "\"");
        }
        List<String> tagged = names.stream().map(n -> relative(n, root)).filter(r -> !r.isEmpty()).toList();
        if (!subdecks.isEmpty()) report.notice("Subdecks became decks of their own: " + String.join(", ", subdecks) + ".");
        else if (!tagged.isEmpty()) report.notice("Subdecks became tags: " + String.join(", ", tagged) + ".");
        if (knownDeck != null && options.deckId() == null) {
            report.notice("Exported by Latent from deck \"" + knownDeck + "\": deck and question ids kept, so the review history follows.");
        }
        return decks;
    }

    /** The deck name all others are in ({@code A} for {@code A::B} and {@code A::C}), or "" when there is none. */
    private static String commonRoot(List<String> names) {
        if (names.isEmpty()) return "";
        List<String> root = List.of(names.get(0).split("::", -1));
        for (String name : names) {
            List<String> parts = List.of(name.split("::", -1));
            int same = 0;
            while (same < root.size() && same < parts.size() && root.get(same).equals(parts.get(same))) same++;
            root = root.subList(0, same);
        }
        return String.join("::", root);
    }

    private static String relative(String deckName, String root) {
        if (deckName == null || deckName.equals(root)) return "";
        if (root.isEmpty()) return deckName;
        return deckName.startsWith(root + "::") ? deckName.substring(root.length() + 2) : deckName;
    }

    private static Deck checked(Deck deck, String source) throws ApkgException {
        Deck sourced = new Deck(deck.id(), deck.title(), deck.description(), deck.questions(), source);
        List<DeckProblem> problems = DeckValidator.problems(sourced);
        if (!problems.isEmpty()) {
            throw new ApkgException(source + ": the imported deck is not valid: " + problems.get(0).withoutFile());
        }
        return sourced;
    }

    private static String first(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value.strip();
        return "";
    }
}
