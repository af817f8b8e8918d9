package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whatever characters deck text holds, quoting and escaping bring it back from Anki text unchanged. */
class AnkiTextProperties {

    /** Words made of the characters that need quoting or escaping, and some that do not. */
    @Provide
    Arbitrary<String> awkwardText() {
        Arbitrary<String> word = Arbitraries.strings().withChars("aZ9\"'#<>&;,|:\t/=!-*\u00e9\u03b1\u2022")
                .ofMinLength(1).ofMaxLength(8)
                .filter(w -> !w.isBlank() && !Character.isWhitespace(w.charAt(0)) && !Character.isWhitespace(w.charAt(w.length() - 1)));
        Arbitrary<String> gap = Arbitraries.of(" ", "\n");
        return Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(6).flatMap(words ->
                gap.list().ofSize(words.size() - 1).map(gaps -> {
                    StringBuilder text = new StringBuilder(words.get(0));
                    for (int i = 1; i < words.size(); i++) text.append(gaps.get(i - 1)).append(words.get(i));
                    return text.toString();
                })));
    }

    private static String visible(String text) {
        return text.replace("\n", "\\n").replace("\t", "\\t");
    }

    private static Deck deckWith(String prompt, String point) {
        return new Deck("p", "P", "", List.of(new Question("q", prompt,
                new ModelAnswer("Intro.", List.of(point), ""), List.of(), null, List.of())), "memory");
    }

    private static Question roundTrip(Deck deck, boolean html) throws AnkiTextException {
        byte[] text = AnkiText.write(deck, html).getBytes(StandardCharsets.UTF_8);
        return AnkiText.read(text, "p.txt", "p", AnkiText.ImportOptions.DEFAULT).questions().get(0);
    }

    @Property(tries = 300)
    void promptsSurviveHtmlText(@ForAll("awkwardText") String prompt, @ForAll("awkwardText") String point) throws Exception {
        Question back = roundTrip(deckWith(prompt, point.replace('\n', ' ')), true);
        assertEquals(prompt, back.prompt(), () -> "prompt " + visible(prompt));
        assertEquals(List.of(point.replace('\n', ' ')), back.answer().points(), () -> "point " + visible(point));
    }

    @Property(tries = 300)
    void promptsSurvivePlainText(@ForAll("awkwardText") String prompt, @ForAll("awkwardText") String point) throws Exception {
        Question back = roundTrip(deckWith(prompt, point.replace('\n', ' ')), false);
        assertEquals(prompt, back.prompt(), () -> "prompt " + visible(prompt));
        assertEquals(List.of(point.replace('\n', ' ')), back.answer().points(), () -> "point " + visible(point));
    }
}
