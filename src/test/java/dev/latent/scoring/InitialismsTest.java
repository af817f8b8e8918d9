package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.ConceptStatus.NEGATED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.forQuestion;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A phrasing said by its initials: the hundred-and-first deck's (behavioural economics) "the RRP on the box" for
 * "recommended retail price", the forty-third's (computer graphics) "like LOD but for textures" for "level of detail".
 */
class InitialismsTest {

    private static final Rubric PRICES = rubric(anyOrder("pricing-anchors", "list price", "recommended retail price",
            "crossed-out price"), anyOrder("first-offer", "first offer", "opening bid"));

    @Test
    void capitalInitialsSayThePhrasing() {
        for (String answer : List.of("Anchoring is comparing with the RRP on the box.", "The R.R.P. makes it look cheap.",
                "Shops print RRPs on everything.")) {
            assertEquals(HIT, status(PRICES, answer, "pricing-anchors"), answer);
        }
        ScoreResult score = forQuestion(PRICES, "What is anchoring?").score("Anchoring is comparing with the RRP on the box.");
        assertEquals("recommended retail price", result(score, "pricing-anchors").evidence().phrasing());
        assertEquals("RRP", result(score, "pricing-anchors").evidence().text());
        Rubric detail = rubric(anyOrder("level-by-distance", "level of detail", "distance to the camera"));
        assertEquals(HIT, status(detail, "Mipmapping is like LOD but for textures.", "level-by-distance"));
    }

    @Test
    void notInSmallLettersNorInsideAWordNorDenied() {
        assertEquals(MISSED, status(PRICES, "Anchoring is comparing with the rrp on the box.", "pricing-anchors"));
        assertEquals(MISSED, status(PRICES, "Anchoring is comparing with the RRPX on the box.", "pricing-anchors"));
        // Denied as the words they stand for are: spelled out, they are read as those words.
        assertEquals(NEGATED, status(PRICES, "Anchoring has nothing to do with the price, not the RRP.", "pricing-anchors"));
        assertEquals(NEGATED, status(PRICES, "Anchoring has nothing to do with the price, not the recommended retail price.",
                "pricing-anchors"));
    }

    @Test
    void notWhereTheInitialsSpellAWordNorWhereTheQuestionWritesThem() {
        Rubric exclusive = rubric(anyOrder("cannot-cooccur", "never occur together", "cannot both happen"));
        assertEquals(MISSED, status(exclusive, "Exclusive events are NOT independent.", "cannot-cooccur"));
        assertEquals(List.of(), Initialisms.of("never occur together"), "'NOT' is a word");
        assertEquals(List.of("RRP"), Initialisms.of("recommended retail price"));
        assertEquals(List.of("RRT", "RERT"), Initialisms.of("rapidly-exploring random tree"));
        assertEquals(List.of("STM"), Initialisms.of("short-term memory"));
        assertEquals(List.of(), Initialisms.of("list price"), "two words");

        // Initials a phrasing writes as a word are read as that word, its negations and truth marks with it.
        Rubric vae = rubric(anyOrder("vae", "VAE", "variational auto encoder"));
        assertEquals(HIT, status(vae, "A VAE is one.", "vae"));
        assertNotEquals(HIT, status(vae, "False: VAEs are generative, they are discriminative.", "vae"));

        Rubric rem = rubric(anyOrder("eye-movements", "rapid eye movement", "eyes move"));
        assertEquals(HIT, status(rem, "In REM your eyes dart about.", "eye-movements"));
        CompiledRubric asked = forQuestion(rem, "What happens in REM sleep?");
        assertEquals(MISSED, result(asked.score("REM is when you dream."), "eye-movements").status(),
                "the question's own initials are its echo");
    }

    @Test
    void theQuestionsInitialsOpenAndEndOnWordsWithATerm() {
        // The hundred-and-eleventh deck (intellectual property): "is the public" had been "IP", so "not protected by IP
        // rights" read the wrong claim "no (c) so public" in a public-domain answer its graders gave 4.
        Rubric domain = new Rubric(List.of(anyOrder("free-use", "anyone may use")),
                List.of(Rubrics.misconception("no-notice", 2, "no \u00a9 so public")));
        CompiledRubric compiled = forQuestion(domain, "What is the public domain, and how does a work end up there?");
        ScoreResult answer = compiled.score("The public domain is the body of works not protected by IP rights, which anyone may use.");
        assertEquals(List.of(), answer.misconceptions(), answer.toString());
        assertEquals(HIT, result(answer, "free-use").status());
        // The question's own names still are: "PD" says "public domain".
        Rubric named = rubric(anyOrder("entered", "public domain art"));
        assertEquals(HIT, result(forQuestion(named, "What is the public domain, and how does a work end up there?")
                .score("Old PD art is free."), "entered").status());
    }
}
