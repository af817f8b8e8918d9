package dev.latent.deck.json;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckProblem;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever bytes a deck file holds, loading either gives a deck or refuses it with located problems: never another
 * exception, never a problem without a message, never a line past the end of the file.
 */
class DeckLoadingProperties {

    private static final byte[] BUNDLED = bundled();

    private static byte[] bundled() {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("latent.questions", "questions"), "autoencoders-gans.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void aDamagedBundledDeckLoadsOrIsRefusedWithLocatedProblems(@ForAll @IntRange(min = 0, max = 74_000) int at,
                                                               @ForAll("damage") Damage damage, @ForAll byte value) {
        int position = Math.min(at, BUNDLED.length - 1);
        byte[] bytes = damage.apply(BUNDLED, position, value);
        checkContract(bytes);
    }

    @Property(tries = 300)
    void anyTextLoadsOrIsRefusedWithLocatedProblems(@ForAll("jsonish") String text) {
        checkContract(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 50)
    void theBundledDeckReSerialisedWithAnyIndentLoadsTheSameDeck(@ForAll @IntRange(min = 0, max = 8) int spaces) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = mapper.readTree(BUNDLED);
        var printer = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter(" ".repeat(spaces), "\n"));
        byte[] reformatted = mapper.writer(printer).writeValueAsBytes(tree);
        assertEquals(DeckLoader.parse(BUNDLED, "a").questions(), DeckLoader.parse(reformatted, "a").questions());
    }

    enum Damage {
        FLIP, DELETE, INSERT, TRUNCATE;

        byte[] apply(byte[] original, int position, byte value) {
            return switch (this) {
                case FLIP -> {
                    byte[] copy = original.clone();
                    copy[position] = value;
                    yield copy;
                }
                case DELETE -> {
                    byte[] copy = new byte[original.length - 1];
                    System.arraycopy(original, 0, copy, 0, position);
                    System.arraycopy(original, position + 1, copy, position, original.length - position - 1);
                    yield copy;
                }
                case INSERT -> {
                    byte[] copy = new byte[original.length + 1];
                    System.arraycopy(original, 0, copy, 0, position);
                    copy[position] = value;
                    System.arraycopy(original, position, copy, position + 1, original.length - position);
                    yield copy;
                }
                case TRUNCATE -> java.util.Arrays.copyOf(original, position);
            };
        }
    }

    @Provide
    Arbitrary<Damage> damage() {
        return Arbitraries.of(Damage.class);
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsnidqpomrkw\\\n\t\u00e9\uFEFF")
                .ofMaxLength(200);
    }

    private static void checkContract(byte[] bytes) {
        long lines = 1;
        for (byte b : bytes) if (b == '\n') lines++;
        try {
            Deck deck = DeckLoader.parse(bytes, "deck.json");
            assertFalse(deck.questions().isEmpty());
        } catch (DeckException e) {
            assertFalse(e.problems().isEmpty());
            for (DeckProblem problem : e.problems()) {
                assertEquals("deck.json", problem.file());
                assertFalse(problem.message().isBlank(), problem.toString());
                assertTrue(problem.line() >= 0 && problem.line() <= lines, problem + " (file has " + lines + " lines)");
                assertTrue(problem.column() >= 0, problem.toString());
                assertTrue(problem.toString().startsWith("deck.json"), problem.toString());
            }
        }
    }
}
