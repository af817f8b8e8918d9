package dev.latent.scoring.analysis;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Words whose swap reverses a claim ("closed path" / "open path", "increases" / "decreases", "more" / "fewer"), as
 * written. A drafted concept takes the other side as its opposites; a near match that leaves one of these words out
 * is no match where the answer says the other side in its place ("less likely to help" is not "more likely to help").
 * Kept to pairs that are opposites in almost any school-science sentence; anything looser would flag paraphrases.
 */
public final class Antonyms {

    private static final String[][] PAIRS = {
            {"open opened opens opening", "closed close closes closing"},
            {"complete completed", "incomplete"},
            {"connected connect connects", "disconnected disconnect separated"},
            {"more", "less fewer"},
            {"greater", "less smaller lesser"},
            {"higher high", "lower low"},
            {"larger bigger large big", "smaller small little"},
            {"increase increases increased increasing", "decrease decreases decreased decreasing"},
            {"faster fast quickly quick", "slower slow slowly"},
            {"stronger strong", "weaker weak"},
            {"heavier heavy", "lighter"},
            {"longer long", "shorter short"},
            {"louder loud", "softer quieter quiet soft"},
            {"hotter warmer hot warm heat heated", "colder cooler cold cool cooled"},
            {"same similar equal", "different unequal"},
            {"positive", "negative"},
            {"attract attracts attracted", "repel repels repelled"},
            {"conductor conductors conduct conducts", "insulator insulators insulate insulates"},
            {"series", "parallel"},
            {"true", "false"},
            {"before", "after"},
            {"above", "below"},
            {"inside", "outside"},
            {"float floats floated", "sink sinks sank"},
            {"absorb absorbs absorbed", "reflect reflects reflected"},
            {"appear appears appeared", "disappear disappears disappeared"},
            {"expand expands expanded", "contract contracts contracted"},
            {"melt melts melted", "freeze freezes froze frozen"},
            {"gain gains gained", "lose loses lost"},
            {"add adds added", "remove removes removed"},
            {"living alive", "nonliving dead"},
            {"magnetic", "nonmagnetic"},
            {"visible", "invisible"},
            {"full", "empty"},
            {"push pushes pushed", "pull pulls pulled"},
            {"rise rises rose", "fall falls fell"},
            {"dependent", "independent"},
            {"possible", "impossible"},
            {"damaged", "undamaged"},
            {"solid", "hollow"},
    };

    /**
     * Verbs of change and their results, which reverse a near match too ("presence of others increases helping" is
     * no near match of "presence of others reduces helping", "a stronger immune system" none of "a weakened immune
     * system"). Kept out of the drafter's opposites, whose reference model was trained without them.
     */
    private static final String[][] CHANGES = {
            {"increase increases increased increasing raise raises raised",
                    "reduce reduces reduced reducing lower lowers lowered decrease decreases decreased decreasing"},
            {"strengthen strengthens strengthened stronger", "weaken weakens weakened weaker"},
            {"speed speeds sped faster", "slow slows slowed slower"},
            {"help helps helped", "hinder hinders hindered hurt hurts"},
            {"conflict conflicts conflicting contradict contradicts contradictory clash clashes inconsistent",
                    "match matches matching agree agrees consistent"},
            // An adversarial tester's: "the plates move towards each other" was a near match of "plates move apart",
            // "the temperature keeps rising" one of "temperature stops rising".
            {"apart", "together towards toward"},
            {"stop stops stopped stopping", "keep keeps kept continue continues continued"},
            // The hundredth deck (structural engineering): "concrete is good in compression and bad in tension".
            {"good", "bad poor"},
            {"better", "worse"},
    };

    private Antonyms() {
    }

    /** Visits each pair both ways: a side's written words, then the other side's. */
    public static void forEachSide(BiConsumer<List<String>, List<String>> visit) {
        visit(PAIRS, visit);
    }

    /** Visits each pair both ways, the {@link #CHANGES} too: what reverses a near match. */
    public static void forEachSideWithChanges(BiConsumer<List<String>, List<String>> visit) {
        visit(PAIRS, visit);
        visit(CHANGES, visit);
    }

    private static void visit(String[][] pairs, BiConsumer<List<String>, List<String>> visit) {
        for (String[] pair : pairs) {
            List<String> one = List.of(pair[0].split(" "));
            List<String> two = List.of(pair[1].split(" "));
            visit.accept(one, two);
            visit.accept(two, one);
        }
    }
}
