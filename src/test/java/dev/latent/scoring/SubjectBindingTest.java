package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.Misconception;
import dev.latent.deck.Rubric;
import dev.latent.deck.Question;
import dev.latent.deck.json.DeckLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A concept about one of two subjects the question sets side by side is not found in what is said of the other. */
class SubjectBindingTest {

    private static final String PROMPT = "How does active transport differ from passive transport across a cell membrane?";
    private static final Rubric TRANSPORT = new Rubric(List.of(
            labelled("energy", "Active transport requires energy (ATP)", "needs energy", "uses ATP"),
            labelled("against", "Active transport moves substances against the gradient", "against the gradient", "low to high"),
            labelled("down", "Passive transport moves substances down the gradient", "down the gradient", "high to low")),
            List.of());

    private static Concept labelled(String id, String label, String... phrasings) {
        return new Concept(id, label, 1, false, List.of(phrasings), false);
    }

    private static ConceptStatus status(Rubric rubric, String prompt, String answer, String concept) {
        return Rubrics.result(Rubrics.forQuestion(rubric, prompt).score(answer), concept).status();
    }

    /** Every one of the concepts has that status for the answer. */
    private static void assertStatus(ConceptStatus expected, Rubric rubric, String prompt, String answer, String... concepts) {
        for (String concept : concepts) assertEquals(expected, status(rubric, prompt, answer, concept), concept + " in: " + answer);
    }

    @Test
    void whatIsSaidOfTheOtherSubjectIsNotFound() {
        assertStatus(MISSED, TRANSPORT, PROMPT,
                "Passive transport uses ATP and moves things from low to high. Active transport goes from high to low.",
                "energy", "against", "down");
        assertStatus(HIT, TRANSPORT, PROMPT,
                "Active transport uses ATP and moves things from low to high. Passive transport goes from high to low.",
                "energy", "against", "down");
    }

    @Test
    void threeSubjectsListedAreEachBoundAgainstTheOthers() {
        // The sixty-fifth deck (cloud computing): "IaaS, PaaS and SaaS" paired only PaaS with SaaS, so "SaaS is when
        // you rent servers" earned IaaS's "rent servers".
        String prompt = "What is the difference between IaaS, PaaS and SaaS?";
        Rubric models = new Rubric(List.of(
                labelled("iaas", "IaaS provides virtual machines", "rent servers", "virtual machines"),
                labelled("paas", "PaaS provides a platform to deploy code", "deploy your code"),
                labelled("saas", "SaaS delivers ready-made applications", "ready-made software", "Office 365")), List.of());
        assertStatus(MISSED, models, prompt, "IaaS is software you use online like Office 365, SaaS is when you rent servers",
                "iaas", "saas");
        assertStatus(HIT, models, prompt, "SaaS is software you use online like Office 365, IaaS is when you rent servers",
                "iaas", "saas");
        assertStatus(HIT, models, prompt, "With PaaS you deploy your code, with IaaS you rent servers.", "iaas", "paas");
    }

    @Test
    void aSubjectNamedAsWhatTheOtherIsDoesNotTakeOverTheSentence() {
        // The sixty-seventh deck (data structures): "a tree is a graph with no cycles" said the tree has none, and
        // claimed for graphs that they have none.
        String prompt = "What is the difference between a graph and a tree?";
        Rubric trees = new Rubric(List.of(
                labelled("tree-acyclic", "Tree has no cycles", "no cycles", "acyclic"),
                labelled("graph-cycles", "Graph can contain cycles", "can have cycles")),
                List.of(new Misconception("graph-acyclic", "A graph cannot contain cycles", 1, List.of("graphs have no cycles"), false)));
        for (String answer : List.of("A tree is a graph with no cycles.", "A tree is a special kind of graph that is acyclic.")) {
            ScoreResult result = Rubrics.forQuestion(trees, prompt).score(answer);
            assertEquals(HIT, Rubrics.result(result, "tree-acyclic").status(), answer + " -> " + result);
            assertTrue(result.misconceptions().isEmpty(), answer + " -> " + result);
        }
        assertStatus(MISSED, trees, prompt, "A tree has a root. A graph has no cycles.", "tree-acyclic");
        assertEquals(1, Rubrics.forQuestion(trees, prompt).score("Graphs have no cycles.").misconceptions().size());
    }

    @Test
    void aSubjectAndItsNonSubjectAreBound() {
        // The biochemistry deck: "competitive and non-competitive" was never bound (a non-competitive label names
        // "competitive" too), so swapped answers earned every concept.
        String prompt = "How do competitive and non-competitive enzyme inhibitors differ?";
        Rubric inhibitors = new Rubric(List.of(
                labelled("active-site", "Competitive inhibitor binds to the active site", "binds to the active site"),
                labelled("other-site", "Non-competitive inhibitor binds elsewhere on the enzyme", "binds to another site")),
                List.of(new Misconception("non-competes", "A non-competitive inhibitor competes for the active site", 1,
                        List.of("non-competitive inhibitor competes for the active site"), false)));
        for (String swapped : List.of("A competitive inhibitor binds to another site, a non-competitive one binds to the active site.",
                "Non competitive binds to the active site. Competitive binds to another site.",
                "Noncompetitive binds to the active site. Competitive binds to another site.")) {
            assertStatus(MISSED, inhibitors, prompt, swapped, "active-site", "other-site");
        }
        for (String right : List.of("A competitive inhibitor binds to the active site, a non-competitive one binds to another site.",
                "Noncompetitive binds to another site. Competitive binds to the active site.")) {
            assertStatus(HIT, inhibitors, prompt, right, "active-site", "other-site");
        }
        assertTrue(Rubrics.forQuestion(inhibitors, prompt).score("The competitive inhibitor competes for the active site.")
                .misconceptions().isEmpty(), "the competitive one does compete");
        assertEquals(1, Rubrics.forQuestion(inhibitors, prompt).score("A non-competitive inhibitor competes for the active site.")
                .misconceptions().size());
    }

    @Test
    void wordsMatchedOnBothSidesOfTheSwitchOfSubjectAreNotAllSaidOfOne() {
        // The fortieth deck (compilers): "machine code ... compiler translates" had been found in any order across the
        // switch from the interpreter to the compiler, each clause saying its own.
        Rubric compilers = new Rubric(List.of(new Concept("translates", "Compiler translates the whole program into machine code",
                1, false, List.of("translates into machine code"), true),
                labelled("executes", "Interpreter executes the program line by line", "line by line")), List.of());
        String prompt = "What is the difference between a compiler and an interpreter?";
        assertStatus(MISSED, compilers, prompt,
                "An interpreter translates to machine code, a compiler translates to bytecode.", "translates");
        assertStatus(HIT, compilers, prompt,
                "An interpreter runs the code line by line, a compiler translates it into machine code.", "translates");
        // A second clause that leaves out what it shares with the first says it of its own subject too.
        Rubric scope = new Rubric(List.of(new Concept("global", "Global variables are defined outside any function",
                1, false, List.of("outside a function"), true),
                labelled("local", "Local variables are defined inside a function", "inside a function")), List.of());
        String scopePrompt = "What is the difference between a local and a global variable?";
        assertStatus(HIT, scope, scopePrompt, "local is inside a function, global is outside and everything can see it", "global");
        assertStatus(HIT, scope, scopePrompt, "Local variables are inside a function and global are outside.", "global");
    }

    @Test
    void subjectsThatOpenAlikeAreNamedByHowTheyEnd() {
        // The thirty-third deck (pharmacology): "kinetics is about ... and dynamics is about ..." names each by its end.
        Rubric drugs = new Rubric(List.of(
                labelled("pk", "Pharmacokinetics: what the body does to the drug", "movement of the drug through the body"),
                labelled("pd", "Pharmacodynamics: what the drug does to the body", "drug through the body", "effects of the drug")),
                List.of());
        String prompt = "What is the difference between pharmacokinetics and pharmacodynamics?";
        String answer = "kinetics is about the movement of the drug through the body and dynamics is about how it is excreted";
        assertEquals(HIT, status(drugs, prompt, answer, "pk"));
        assertEquals(MISSED, status(drugs, prompt, answer, "pd"), "said of kinetics");
        assertEquals(HIT, status(drugs, prompt, "Dynamics covers the effects of the drug.", "pd"));
        assertEquals(null, SubjectBinding.tails(new String[] {"exotherm", "endotherm"}), "no shared beginning");
        assertEquals(List.of("kinet", "dynam"), List.of(SubjectBinding.tails(new String[] {"pharmacokinet", "pharmacodynam"})));
    }

    @Test
    void theTwoThingsADifferenceIsAskedBetweenAreSubjects() {
        Rubric tuples = new Rubric(List.of(
                labelled("list-mutable", "Lists are mutable", "can be changed", "can change"),
                labelled("tuple-immutable", "Tuples are immutable", "cannot be changed", "can't change")), List.of());
        String prompt = "What is the difference between a list and a tuple in Python?";
        ScoreResult both = Rubrics.forQuestion(tuples, prompt)
                .score("list is [ ] and you can change it, tuple is ( ) and you can't change it.");
        assertEquals(HIT, Rubrics.result(both, "list-mutable").status(), both.toString());
        assertEquals(HIT, Rubrics.result(both, "tuple-immutable").status(), both.toString());
        assertFalse(both.has(ScoreFlag.CONTRADICTION), "what is denied is said of the tuple: " + both);
        String swapped = "A tuple can change, a list can't change.";
        assertEquals(ConceptStatus.NEGATED, status(tuples, prompt, swapped, "list-mutable"), "denied of the list");
        assertEquals(MISSED, status(tuples, prompt, swapped, "tuple-immutable"), "the tuple is said to change");
    }

    @Test
    void aSentenceKeepsItsSubjectUntilAnotherIsNamed() {
        // "so it needs energy" still speaks of active transport; a subject not named at all binds nothing.
        assertEquals(HIT, status(TRANSPORT, PROMPT, "Active transport pumps ions, so it needs energy.", "energy"));
        assertEquals(HIT, status(TRANSPORT, PROMPT, "It needs energy to pump ions.", "energy"));
        assertEquals(MISSED, status(TRANSPORT, PROMPT, "Active transport pumps ions, while passive transport needs energy.", "energy"));
    }

    private static final String DEBATE = "What is the nature versus nurture debate?";
    private static final Rubric NATURE_NURTURE = new Rubric(List.of(
            labelled("nature", "Nature: genes and heredity", "genes", "heredity"),
            labelled("nurture", "Nurture: environment and upbringing", "upbringing", "environment")), List.of());

    @Test
    void aSubjectNamedOnlyToSetItAsideDoesNotTakeTheClaim() {
        assertStatus(HIT, TRANSPORT, PROMPT, "Active transport, unlike passive transport, uses ATP and moves things from low to high.",
                "energy", "against");
        assertStatus(HIT, TRANSPORT, PROMPT,
                "Active transport (as opposed to passive transport) uses ATP and moves things from low to high.", "energy", "against");
        assertEquals(MISSED, status(TRANSPORT, PROMPT, "Passive transport, unlike active transport, uses ATP.", "energy"),
                "set aside, the concept's own subject does not take the claim either");
        // What a relative clause right after the subject set aside says is said of it: the twenty-fifth deck's "mutualism
        // is ..., unlike parasitism where they both benefit" had credited mutualism with both benefiting.
        assertEquals(HIT, status(TRANSPORT, PROMPT, "Passive transport is free, unlike active transport which uses ATP.", "energy"));
        assertEquals(HIT, status(TRANSPORT, PROMPT, "Active transport is slow, unlike passive transport which goes high to low.",
                "down"));
        assertEquals(MISSED, status(TRANSPORT, PROMPT, "Passive transport is free, unlike active transport which goes high to low.",
                "down"), "said of active transport");
        assertStatus(HIT, TRANSPORT, PROMPT, "Active transport, unlike passive transport which needs none, uses ATP.", "energy");
    }

    @Test
    void subjectsSetAgainstEachOtherInTheAnswerBindNeitherSide() {
        // Named together with "vs" (a word to the analyser, not a stop word) or "or": what follows is the question between them.
        assertStatus(HIT, NATURE_NURTURE, DEBATE, "nature vs nurture is whether we're shaped by our genes or our upbringing.",
                "nature", "nurture");
        assertEquals(HIT, status(NATURE_NURTURE, DEBATE, "Is it nature or nurture: genes or upbringing?", "nature"));
    }

    @Test
    void aSubjectInBracketsRightAfterTheWordsNamesWhatTheyAre() {
        assertStatus(HIT, NATURE_NURTURE, DEBATE,
                "Whether traits come from genes (nature) or from environment and upbringing (nurture).", "nature", "nurture");
        assertStatus(MISSED, NATURE_NURTURE, DEBATE, "Whether traits come from upbringing (nature) or from genes (nurture).",
                "nature", "nurture");
    }

    @Test
    void aSentenceOpeningWithAPronounSpeaksOfTheSubjectBeforeIt() {
        assertEquals(MISSED, status(TRANSPORT, PROMPT, "Passive transport moves things down the gradient. It uses ATP.", "energy"));
        assertEquals(MISSED, status(TRANSPORT, PROMPT, "Passive transport is simple; its cost is that it needs energy.", "energy"));
        assertEquals(HIT, status(TRANSPORT, PROMPT, "Active transport moves things against the gradient. It uses ATP.", "energy"));
        // A sentence that does not open with a pronoun starts afresh.
        assertEquals(HIT, status(TRANSPORT, PROMPT, "Passive transport moves things down the gradient. Pumps use ATP.", "energy"));
    }

    @Test
    void aMisconceptionAboutOneSubjectIsNotFoundInWhatIsSaidOfTheOther() {
        Rubric withMistake = new Rubric(TRANSPORT.concepts(), List.of(new Misconception("passive-energy",
                "Says passive transport uses energy", Misconception.DEFAULT_PENALTY, List.of("passive needs energy"), false)));
        assertTrue(wrong(withMistake, PROMPT, "Passive transport needs energy to move things."));
        // Its words a gap apart, with the other subject between: said of active transport.
        assertFalse(wrong(withMistake, PROMPT, "Passive is easier because active needs energy."));
        // Without two subjects in the question, the words are read as before.
        assertTrue(wrong(withMistake, "How do cells move substances across a membrane?", "Passive is easier because active needs energy."));
    }

    private static boolean wrong(Rubric rubric, String prompt, String answer) {
        return Rubrics.forQuestion(rubric, prompt).score(answer).misconceptions().stream()
                .anyMatch(m -> m.id().equals("passive-energy"));
    }

    @Test
    void whatIsSaidOfBothSubjectsAtOnceIsSaidOfEach() {
        Rubric market = new Rubric(List.of(
                labelled("price-up", "Price rises", "higher", "more expensive"),
                labelled("quantity-up", "Quantity sold rises", "more is sold", "sells more")), List.of());
        String prompt = "If demand rises, what happens to price and quantity sold?";
        assertEquals(HIT, status(market, prompt, "Both the price and the quantity are higher.", "price-up"));
        assertEquals(MISSED, status(market, prompt, "The price stays the same and the quantity is higher.", "price-up"));
    }

    @Test
    void aSideIsNamedByTheNounItModifiesInTheQuestion() {
        // The computer vision deck: "object detection and semantic segmentation" pairs "detection" with "semantic";
        // answers name that side "segmentation", and every pixel was said of the detection named before it.
        String prompt = "What is the difference between image classification, object detection and semantic segmentation?";
        Rubric vision = new Rubric(List.of(
                labelled("boxes", "Detection localises objects with bounding boxes", "bounding box", "draw boxes"),
                labelled("pixels", "Semantic segmentation labels every pixel", "every pixel", "per pixel")), List.of());
        assertStatus(HIT, vision, prompt, "detection = draw boxes, segmentation = every pixel", "boxes", "pixels");
        assertStatus(HIT, vision, prompt, "Detection draws boxes around objects and segmentation labels each pixel.", "pixels");
        assertStatus(MISSED, vision, prompt, "segmentation = draw boxes, detection = every pixel", "boxes", "pixels");
        // A noun both sides share names neither: "active and passive transport".
        assertStatus(MISSED, TRANSPORT, PROMPT, "Active transport: high to low. Transport of the other kind needs no energy.",
                "down");
    }

    @Test
    void theQuestionsNamesWrittenByTheirInitialsAreThoseNames() {
        // The algorithms and web development decks: "BFS" and "SSR" named no subject, so swapped answers kept every
        // concept, and "ZPD = what a kid can do with help" said nothing of the zone.
        String prompt = "What is the difference between breadth-first search and depth-first search?";
        Rubric search = new Rubric(List.of(
                labelled("levels", "Breadth-first search explores level by level", "level by level"),
                labelled("deep", "Depth-first search goes as deep as possible", "as deep as possible"),
                labelled("queue", "Breadth-first search uses a queue", "queue")), List.of());
        assertStatus(HIT, search, prompt, "BFS uses a queue and goes level by level. DFS goes as deep as possible.",
                "levels", "deep", "queue");
        assertStatus(MISSED, search, prompt, "DFS uses a queue and goes level by level. BFS goes as deep as possible.",
                "levels", "deep", "queue");
        Rubric zone = new Rubric(List.of(labelled("zone", "The zone is what a learner can do only with help",
                "proximal development with help")), List.of());
        String vygotsky = "What is Vygotsky's zone of proximal development?";
        assertStatus(HIT, zone, vygotsky, "The ZPD is the stuff you manage with help.", "zone");
        assertStatus(MISSED, zone, vygotsky, "Zpd is the stuff you manage with help.", "zone");
    }

    @Test
    void withoutTwoSubjectsInTheQuestionNothingIsBound() {
        assertEquals(HIT, status(TRANSPORT, "How do cells move substances across a membrane?",
                "Passive transport uses ATP.", "energy"));
        // Two actions ("use and produce") are not two subjects, even when labels open with them.
        Rubric stages = new Rubric(List.of(labelled("uses", "Uses light and water", "uses water"),
                labelled("produces", "Produces ATP and oxygen", "produces ATP")), List.of());
        String prompt = "What are the two stages of photosynthesis, and what does each stage use and produce?";
        assertEquals(HIT, status(stages, prompt, "It produces ATP, and the light stage uses water.", "uses"));
        assertEquals(HIT, status(stages, prompt, "It uses water and produces ATP.", "produces"));
    }

    @Test
    void aSubjectComparedThroughAPronounIsSetSideBySide() {
        // "What does a router do, and how is it different from a switch?": "it" is the router.
        Rubric devices = new Rubric(List.of(
                labelled("router-between", "Router connects different networks", "connects different networks"),
                labelled("switch-lan", "Switch connects devices within one network", "same network", "connects devices")),
                List.of());
        String prompt = "What does a router do, and how is it different from a switch?";
        assertEquals(MISSED, status(devices, prompt, "A switch connects different networks, while a router connects"
                + " computers in the same network.", "router-between"));
        assertEquals(MISSED, status(devices, prompt, "A switch connects different networks, while a router connects"
                + " computers in the same network.", "switch-lan"));
        assertEquals(HIT, status(devices, prompt, "A router connects different networks, while a switch connects computers"
                + " in the same network.", "router-between"));
        assertEquals(HIT, status(devices, prompt, "The router, not the switch, connects different networks.", "router-between"),
                "the switch named only to set it aside");
        assertEquals("SubjectBinding[router/switch]", String.valueOf(SubjectBinding.of(devices, prompt,
                new dev.latent.scoring.analysis.AnswerAnalyzer())));
        assertEquals("null", String.valueOf(SubjectBinding.of(devices, "What does a router do?",
                new dev.latent.scoring.analysis.AnswerAnalyzer())), "nothing compared, nothing bound");
    }

    @Test
    void aLabelThatOpensWithOneHyphenatedSideNamesItAloneWhateverItSaysOfTheOthersWord() {
        // The ninety-eighth deck (cartography): "A large-scale map covers a small area" named both sides, so neither
        // concept was bound, and "a large scale map covers a large area ..., small scale is zoomed in" earned both.
        Rubric scale = new Rubric(List.of(
                labelled("large", "A large-scale map covers a small area in great detail.", "covers a small area", "zoomed in"),
                labelled("small", "A small-scale map covers a large area with little detail.", "covers a large area", "zoomed out")),
                List.of());
        String prompt = "What is the difference between a large-scale and a small-scale map?";
        String swapped = "A large scale map covers a large area like the whole world, small scale is zoomed in on a town.";
        assertEquals(MISSED, status(scale, prompt, swapped, "large"));
        assertEquals(MISSED, status(scale, prompt, swapped, "small"));
        assertStatus(HIT, scale, prompt, "A large-scale map covers a small area in detail, a small-scale map covers a large"
                + " area with little detail.", "large", "small");
        // A side named by its word alone in the other's label still names it: nothing is bound ("sound" is "valid" and more).
        Rubric arguments = new Rubric(List.of(
                labelled("valid", "A valid argument's conclusion follows from its premises.", "conclusion follows"),
                labelled("sound", "A sound argument is valid and its premises are true.", "valid and true premises")),
                List.of());
        assertEquals(HIT, status(arguments, "What is the difference between a valid and a sound argument?",
                "Valid: the conclusion follows. Sound: valid and true premises.", "sound"));
    }

    @Test
    void twoKindsOfOneThingEachWithItsArticleAreSetSideBySide() {
        Rubric heat = new Rubric(List.of(
                labelled("exo", "Exothermic releases heat", "releases heat", "release heat"),
                labelled("endo", "Endothermic absorbs heat", "absorbs heat", "absorb heat")), List.of());
        String prompt = "What is the difference between an exothermic and an endothermic reaction?";
        String swapped = "Exothermic reactions absorb heat and endothermic reactions release heat.";
        assertEquals(MISSED, status(heat, prompt, swapped, "exo"));
        assertEquals(MISSED, status(heat, prompt, swapped, "endo"));
        assertStatus(HIT, heat, prompt, "Exothermic reactions release heat and endothermic reactions absorb heat.", "exo", "endo");
        // "the mean and the median of ...": nouns, each its own thing, not two kinds of one (see JOINED)
        Rubric centre = new Rubric(List.of(labelled("mean", "Mean uses every value", "every value"),
                labelled("median", "Median is the middle value", "middle value")), List.of());
        assertEquals("null", String.valueOf(SubjectBinding.of(centre, "When is the mean and the median of a sample the same?",
                new dev.latent.scoring.analysis.AnswerAnalyzer())));
    }

    @Test
    void theBundledDecksSelfContradictingSampleNoLongerEarnsBothDefinitions() throws Exception {
        Deck deck = DeckLoader.load(BundledDeckAgreementTest.bundledDeck());
        CompiledRubric complete = Grader.compile(deck.question("ae-complete").orElseThrow());
        ScoreResult result = complete.score("An undercomplete autoencoder has fewer neurons than the input and also more "
                + "neurons than the input; its risk is both overfitting and underfitting.");
        assertEquals(MISSED, Rubrics.result(result, "overcomplete-definition").status(), result.toString());
        assertTrue(result.grade() < 4, result.toString());
        ScoreResult right = complete.score("An undercomplete autoencoder has fewer neurons in the coding layer than the "
                + "input, an overcomplete one has more neurons than the input.");
        assertEquals(HIT, Rubrics.result(right, "undercomplete-definition").status(), right.toString());
        assertEquals(HIT, Rubrics.result(right, "overcomplete-definition").status(), right.toString());
    }
    @Test
    void aMatchThatNamesTheRivalAfterItsOwnSubjectSpeaksOfThatSubject() throws Exception {
        // The accounting deck: "Profit is revenue minus expenses" had been read as said of revenue, whose name the
        // phrasing itself holds.
        Question question = DeckLoader.load(Path.of("eval/transfer-set-29/deck.json")).questions().stream()
                .filter(q -> q.id().equals("revenue-vs-profit")).findFirst().orElseThrow();
        ScoreResult profit = Grader.compile(question).score("Profit is revenue minus expenses.");
        assertEquals(HIT, Rubrics.result(profit, "profit-after").status(), profit.toString());
        // A match that opens on the rival, in a clause of its own, is said of the rival.
        Rubric immune = new Rubric(List.of(labelled("antigen-triggers", "Antigen triggers an immune response",
                "causes the body to make antibodies", "stimulates antibody production")), List.of());
        assertStatus(MISSED, immune, "What is the difference between an antigen and an antibody?",
                "antigen is on the germ, antibody is made by your body to stick to it", "antigen-triggers");
    }
}
