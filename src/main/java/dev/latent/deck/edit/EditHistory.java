package dev.latent.deck.edit;

import dev.latent.deck.Deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The editor's undo/redo history: an immutable value holding the deck states before and after the current one.
 * Every edit replaces the whole deck (records are immutable, so states share everything they did not change).
 *
 * <p>Typing makes one edit per keystroke; edits that carry the same {@code coalesceKey} as the one just before
 * (say {@code "q3.prompt"}) replace it instead of stacking, so one undo takes back a whole burst of typing in one
 * field, as text editors do. Undo, redo and a {@code null} key end a burst.
 */
public final class EditHistory {

    /** Older states are dropped past this many undo steps. */
    public static final int MAX_UNDO = 500;

    private final List<Deck> past;
    private final Deck current;
    private final List<Deck> future;
    private final Deck saved;
    private final String lastKey;

    private EditHistory(List<Deck> past, Deck current, List<Deck> future, Deck saved, String lastKey) {
        this.past = List.copyOf(past);
        this.current = Objects.requireNonNull(current, "current");
        this.future = List.copyOf(future);
        this.saved = saved;
        this.lastKey = lastKey;
    }

    /** A history that starts at {@code deck}, which counts as saved. */
    public static EditHistory of(Deck deck) {
        return new EditHistory(List.of(), deck, List.of(), deck, null);
    }

    public Deck current() {
        return current;
    }

    /** The deck with one more edit; an edit that changes nothing changes no history either. */
    public EditHistory edit(Deck next, String coalesceKey) {
        Objects.requireNonNull(next, "next");
        if (next.equals(current)) return this;
        if (coalesceKey != null && coalesceKey.equals(lastKey) && !past.isEmpty()) {
            return new EditHistory(past, next, List.of(), saved, coalesceKey);
        }
        List<Deck> older = new ArrayList<>(past);
        older.add(current);
        if (older.size() > MAX_UNDO) older.remove(0);
        return new EditHistory(older, next, List.of(), saved, coalesceKey);
    }

    public boolean canUndo() {
        return !past.isEmpty();
    }

    public boolean canRedo() {
        return !future.isEmpty();
    }

    /** Back one step; unchanged when there is nothing to undo. */
    public EditHistory undo() {
        if (past.isEmpty()) return this;
        List<Deck> older = new ArrayList<>(past);
        Deck previous = older.remove(older.size() - 1);
        List<Deck> newer = new ArrayList<>(future.size() + 1);
        newer.add(current);
        newer.addAll(future);
        return new EditHistory(older, previous, newer, saved, null);
    }

    /** Forward one step; unchanged when there is nothing to redo. */
    public EditHistory redo() {
        if (future.isEmpty()) return this;
        List<Deck> newer = new ArrayList<>(future);
        Deck next = newer.remove(0);
        List<Deck> older = new ArrayList<>(past);
        older.add(current);
        return new EditHistory(older, next, newer, saved, null);
    }

    /** Whether the current deck differs from the one last saved (undoing back to it makes it clean again). */
    public boolean unsaved() {
        return !current.equals(saved);
    }

    /** The same history with the current deck as the saved one. */
    public EditHistory markSaved() {
        return new EditHistory(past, current, future, current, null);
    }
}
