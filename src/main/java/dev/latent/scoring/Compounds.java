package dev.latent.scoring;

import dev.latent.scoring.PhraseFinder.Found;

/** Words of a compound another concept names, which say that compound rather than a concept of their own. */
final class Compounds {

    private Compounds() {
    }

    /**
     * A one-word match in another form than its phrasing's ("page" for "paging") that is only a first word of another
     * concept's phrase says that phrase, not its own concept: "too many page faults" names faults, not "paging". The
     * phrasing's own word stays its own ("haploid cells" says "haploid").
     */
    static void dropModifiersOfOthers(Found[] conceptFinds, AnswerMatches matches) {
        for (int i = 0; i < conceptFinds.length; i++) {
            for (PhraseFinder.Occurrence phrase : conceptFinds[i].affirmed) {
                int[] words = phrase.postings();
                if (words.length < 2 || phrase.phrasing().nearMatch() || !phrase.inOrder() || phrase.typo()) continue;
                int first = matches.position[words[0]];
                int head = matches.position[words[words.length - 1]];
                if (head - first != words.length - 1) continue; // a compound, word after word
                for (int j = 0; j < conceptFinds.length; j++) {
                    if (j == i) continue;
                    conceptFinds[j].drop(o -> o.postings().length == 1 && matches.position[o.postings()[0]] >= first
                            && matches.position[o.postings()[0]] < head
                            && !matches.tokens.text.substring(o.start(), o.end()).equalsIgnoreCase(o.phrasing().text()));
                }
            }
        }
    }
}
