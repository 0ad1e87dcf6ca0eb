package org.complaintrules.drools.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.SignalType;

/**
 * Finds, for each signal type, the first phrase of a set of lexicon phrases in a folded text.
 * One automaton pass finds every candidate; each candidate is checked for word boundaries and
 * numbers in O(phrase length); exclusions are then applied per type with a bit set over the
 * symbols. Total cost O(n log σ + m·L) for n symbols, m candidates and phrases of at most L
 * symbols. Immutable and thread-safe.
 */
final class PhraseMatcher {

    /**
     * Where a phrase was found.
     *
     * @param type the signal it shows
     * @param start index of the first symbol
     * @param end index just past the last symbol
     * @param phrase the phrase, for diagnostics
     */
    record Match(SignalType type, int start, int end, Lexicon.Phrase phrase) {}

    private static final SignalType[] TYPES = SignalType.values();

    private final Lexicon.Phrase[] phrases;
    private final PhraseAutomaton automaton;

    /**
     * @param phrases the phrases to look for
     */
    PhraseMatcher(List<Lexicon.Phrase> phrases) {
        this.phrases = phrases.toArray(new Lexicon.Phrase[0]);
        List<char[]> keys = new ArrayList<>(phrases.size());
        for (Lexicon.Phrase p : phrases) {
            keys.add(p.key());
        }
        this.automaton = PhraseAutomaton.build(keys);
    }

    /** @return how many phrases (including exclusions) the matcher holds */
    int size() {
        return phrases.length;
    }

    /**
     * @param text the folded text
     * @return for each type with a match that no exclusion overlaps, the match that starts first
     *         (the longer one on a tie); types without one are absent
     */
    Map<SignalType, Match> find(NormalizedText text) {
        Candidates candidates = new Candidates();
        char[] symbols = text.symbols();
        int length = text.length();
        automaton.scan(symbols, length, (key, end) -> {
            Lexicon.Phrase p = phrases[key];
            int start = end - p.key().length;
            if (accepts(p, text, start, end)) {
                candidates.add(key, start, end);
            }
        });

        BitSet[] excluded = new BitSet[TYPES.length];
        for (int c = 0; c < candidates.size; c++) {
            Lexicon.Phrase p = phrases[candidates.keys[c]];
            if (p.exclusion()) {
                int t = p.type().ordinal();
                if (excluded[t] == null) {
                    excluded[t] = new BitSet(length);
                }
                excluded[t].set(candidates.starts[c], candidates.ends[c]);
            }
        }
        Match[] best = new Match[TYPES.length];
        for (int c = 0; c < candidates.size; c++) {
            Lexicon.Phrase p = phrases[candidates.keys[c]];
            if (p.exclusion()) {
                continue;
            }
            int t = p.type().ordinal();
            int start = candidates.starts[c];
            int end = candidates.ends[c];
            if (excluded[t] != null) {
                int hit = excluded[t].nextSetBit(start);
                if (hit >= 0 && hit < end) {
                    continue;
                }
            }
            Match current = best[t];
            if (current == null || start < current.start() || (start == current.start() && end > current.end())) {
                best[t] = new Match(p.type(), start, end, p);
            }
        }
        Map<SignalType, Match> found = new EnumMap<>(SignalType.class);
        for (Match m : best) {
            if (m != null) {
                found.put(m.type(), m);
            }
        }
        return found;
    }

    private static boolean accepts(Lexicon.Phrase p, NormalizedText text, int start, int end) {
        if (p.startBoundary() && start > 0 && NormalizedText.isWordSymbol(text.symbol(start - 1))) {
            return false;
        }
        if (p.endBoundary() && end < text.length() && NormalizedText.isWordSymbol(text.symbol(end))) {
            return false;
        }
        int[] positions = p.numberPositions();
        String[] values = p.numberValues();
        for (int i = 0; i < positions.length; i++) {
            if (values[i] != null && !values[i].equals(text.digits(start + positions[i]))) {
                return false;
            }
        }
        return true;
    }

    /** A growable list of (key, start, end) triples. */
    private static final class Candidates {
        int[] keys = new int[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int size;

        void add(int key, int start, int end) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            keys[size] = key;
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }
}
