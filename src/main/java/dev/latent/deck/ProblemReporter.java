package dev.latent.deck;

import com.fasterxml.jackson.core.JsonLocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a deck's problems in the order found, each at its field; when the deck came from a file, also at the
 * line and column where that field (or, when absent, its nearest enclosing value) starts.
 */
final class ProblemReporter {

    private final String file;
    private final Map<String, JsonLocation> locations;
    private final List<DeckProblem> problems = new ArrayList<>();
    private final Map<String, String> holes = new HashMap<>();

    /** @param locations where each JSON Pointer's value starts; empty for a deck built in code */
    ProblemReporter(String file, Map<String, JsonLocation> locations) {
        this.file = file;
        this.locations = locations;
    }

    List<DeckProblem> problems() {
        return problems;
    }

    boolean clean() {
        return problems.isEmpty();
    }

    int count() {
        return problems.size();
    }

    /**
     * Records a problem the domain records cannot show (a null in a list, an absent list), found while mapping a
     * file; the validator reports it when its walk reaches that field, so problems stay in the order of the file.
     */
    void hole(FieldPath at, String message) {
        holes.put(at.toString(), message);
    }

    /** Reports the hole at this field, if there is one; true when there was (the value there is a stand-in). */
    boolean reportHole(FieldPath at) {
        String message = holes.remove(at.toString());
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
        JsonLocation location = locations.get(at.pointer());
        return location == null ? at.toString() : "line " + location.getLineNr();
    }

    void report(FieldPath at, String message) {
        FieldPath located = at;
        JsonLocation location = locations.get(located.pointer());
        while (location == null && !located.segments().isEmpty()) {
            located = located.parent();
            location = locations.get(located.pointer());
        }
        problems.add(DeckLoader.problemAt(file, location, at.toString(), message));
    }
}
