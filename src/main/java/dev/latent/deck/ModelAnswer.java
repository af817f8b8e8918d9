package dev.latent.deck;

import java.util.List;

/**
 * The model answer: an introduction, then points that can be revealed one at a time, then an optional
 * closing remark.
 */
public record ModelAnswer(String intro, List<String> points, String outro) {

    public ModelAnswer {
        intro = intro == null ? "" : intro;
        outro = outro == null ? "" : outro;
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** The whole answer as plain text, one paragraph per part. */
    public String fullText() {
        StringBuilder text = new StringBuilder(intro);
        for (String point : points) {
            if (!text.isEmpty()) text.append('\n');
            text.append(point);
        }
        if (!outro.isEmpty()) text.append(text.isEmpty() ? "" : "\n").append(outro);
        return text.toString();
    }
}
