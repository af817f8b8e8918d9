package dev.latent.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects a deck's problems in the order found, each at its field; when the deck came from a file, also at the
 * line and column where that field (or, when absent, its nearest enclosing value) starts.
 */
final class ProblemReporter {

    private final String file;
    private final Function<FieldPath, DeckProblem.Position> positions;
    private final List<DeckProblem> problems = new ArrayList<>();
    private final Map<FieldPath, String> holes;

    /**
     * @param holes problems the domain records cannot show, by field ({@link DeckValidator#problems(Deck, Map, Function)})
     * @param positions where a field's value starts in the file, or null when unknown (always, for a deck built in code)
     */
    ProblemReporter(String file, Map<FieldPath, String> holes, Function<FieldPath, DeckProblem.Position> positions) {
        this.file = file;
        this.holes = new HashMap<>(holes);
        this.positions = positions;
    }

    List<DeckProblem> problems() {
        return problems;
    }

    int count() {
        return problems.size();
    }

    /**
     * Reports the hole at this field, if there is one; true when there was (the value there is a stand-in). A hole is
     * reported when the validator's walk reaches its field, so problems stay in the order of the file.
     */
    boolean reportHole(FieldPath at) {
        String message = holes.remove(at);
        if (message == null) return false;
        report(at, message);
        return true;
    }

    void missing(FieldPath at) {
        String name = at.segments().isEmpty() ? "" : at.segments().get(at.segments().size() - 1).toString();
        report(at, "missing required field \"" + name + "\"");
    }

    /** Where a field was first seen, for "first used at ...": its line in a file, else its path. */
    String whereIs(FieldPath at) {
        DeckProblem.Position position = positions.apply(at);
        return position == null ? at.toString() : "line " + position.line();
    }

    void report(FieldPath at, String message) {
        FieldPath located = at;
        DeckProblem.Position position = positions.apply(located);
        while (position == null && !located.segments().isEmpty()) {
            located = located.parent();
            position = positions.apply(located);
        }
        problems.add(position == null ? new DeckProblem(file, 0, 0, at.toString(), message)
                : new DeckProblem(file, position.line(), position.column(), at.toString(), message));
    }
}
