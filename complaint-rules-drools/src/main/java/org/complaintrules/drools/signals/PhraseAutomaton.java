package org.complaintrules.drools.signals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over UTF-16 symbols: finds every occurrence of every key in one
 * left-to-right pass. Scanning n symbols costs O(n log σ + m), where σ is the largest number of
 * transitions out of one state (transitions are looked up by binary search) and m the number of
 * occurrences reported; m is at most n times the number of keys that are suffixes of one another,
 * a small constant of the dictionary. Immutable and thread-safe once built.
 */
final class PhraseAutomaton {

    /** Receives occurrences in the order their last symbol is read. */
    @FunctionalInterface
    interface Sink {
        /**
         * @param key index of the key in the list the automaton was built from
         * @param end index just past the occurrence's last symbol
         */
        void occurrence(int key, int end);
    }

    private static final int[] NONE = new int[0];

    private final char[][] labels;
    private final int[][] targets;
    private final int[] failure;
    /** Nearest state along the failure chain (excluding the state itself) that ends keys; -1 when none. */
    private final int[] outputLink;

    private final int[][] outputs;

    private PhraseAutomaton(char[][] labels, int[][] targets, int[] failure, int[] outputLink, int[][] outputs) {
        this.labels = labels;
        this.targets = targets;
        this.failure = failure;
        this.outputLink = outputLink;
        this.outputs = outputs;
    }

    /**
     * @param keys the keys, none empty; key i is reported as i
     * @return the automaton
     */
    static PhraseAutomaton build(List<char[]> keys) {
        // trie edges as (state << 16 | symbol) -> child while keys are added
        Map<Long, Integer> edges = new HashMap<>();
        List<int[]> ends = new ArrayList<>();
        ends.add(null);
        int[] childCount = new int[16];
        int size = 1;
        for (int k = 0; k < keys.size(); k++) {
            char[] key = keys.get(k);
            if (key.length == 0) {
                throw new IllegalArgumentException("key " + k + " is empty");
            }
            int state = 0;
            for (char c : key) {
                long edge = ((long) state << 16) | c;
                Integer next = edges.get(edge);
                if (next == null) {
                    next = size++;
                    edges.put(edge, next);
                    ends.add(null);
                    if (state >= childCount.length) {
                        childCount = Arrays.copyOf(childCount, Math.max(state + 1, childCount.length * 2));
                    }
                    childCount[state]++;
                }
                state = next;
            }
            int[] own = ends.get(state);
            ends.set(state, own == null ? new int[] {k} : append(own, k));
        }

        char[][] labels = new char[size][];
        int[][] targets = new int[size][];
        int[][] outputs = new int[size][];
        int[] filled = new int[size];
        for (int s = 0; s < size; s++) {
            int n = s < childCount.length ? childCount[s] : 0;
            labels[s] = new char[n];
            targets[s] = new int[n];
            int[] own = ends.get(s);
            outputs[s] = own == null ? NONE : own;
        }
        for (Map.Entry<Long, Integer> e : edges.entrySet()) {
            int s = (int) (e.getKey() >>> 16);
            labels[s][filled[s]] = (char) (e.getKey() & 0xFFFF);
            targets[s][filled[s]] = e.getValue();
            filled[s]++;
        }
        for (int s = 0; s < size; s++) {
            sortByLabel(labels[s], targets[s]);
        }

        int[] failure = new int[size];
        int[] outputLink = new int[size];
        Arrays.fill(outputLink, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            failure[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int i = 0; i < labels[s].length; i++) {
                char c = labels[s][i];
                int child = targets[s][i];
                int f = failure[s];
                int t;
                while ((t = step(labels, targets, f, c)) < 0 && f != 0) {
                    f = failure[f];
                }
                failure[child] = t < 0 || t == child ? 0 : t;
                int fc = failure[child];
                outputLink[child] = outputs[fc].length > 0 ? fc : outputLink[fc];
                queue.add(child);
            }
        }
        return new PhraseAutomaton(labels, targets, failure, outputLink, outputs);
    }

    private static int[] append(int[] values, int value) {
        int[] more = Arrays.copyOf(values, values.length + 1);
        more[values.length] = value;
        return more;
    }

    /** Sorts labels ascending, each target staying with its label. */
    private static void sortByLabel(char[] labels, int[] targets) {
        if (labels.length > 32) {
            long[] packed = new long[labels.length];
            for (int i = 0; i < labels.length; i++) {
                packed[i] = ((long) labels[i] << 32) | targets[i];
            }
            Arrays.sort(packed);
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (char) (packed[i] >>> 32);
                targets[i] = (int) packed[i];
            }
            return;
        }
        for (int i = 1; i < labels.length; i++) {
            char label = labels[i];
            int target = targets[i];
            int j = i - 1;
            while (j >= 0 && labels[j] > label) {
                labels[j + 1] = labels[j];
                targets[j + 1] = targets[j];
                j--;
            }
            labels[j + 1] = label;
            targets[j + 1] = target;
        }
    }

    private static int step(char[][] labels, int[][] targets, int state, char c) {
        int at = Arrays.binarySearch(labels[state], c);
        return at < 0 ? -1 : targets[state][at];
    }

    /**
     * Reports every occurrence of every key in {@code symbols[0, length)}.
     *
     * @param symbols the text
     * @param length how many symbols to read
     * @param sink receives the occurrences
     */
    void scan(char[] symbols, int length, Sink sink) {
        int state = 0;
        for (int i = 0; i < length; i++) {
            char c = symbols[i];
            int next;
            while ((next = step(labels, targets, state, c)) < 0 && state != 0) {
                state = failure[state];
            }
            state = next < 0 ? 0 : next;
            for (int o = outputs[state].length > 0 ? state : outputLink[state]; o >= 0; o = outputLink[o]) {
                for (int key : outputs[o]) {
                    sink.occurrence(key, i + 1);
                }
            }
        }
    }

    /** @return the number of states, for diagnostics */
    int states() {
        return labels.length;
    }
}
