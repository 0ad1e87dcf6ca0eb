package org.complaintrules.drools.signals;

/** Tells whether a match in a script written without spaces starts and ends at word boundaries. */
@FunctionalInterface
interface WordBoundaries {
    /**
     * @param text the folded text
     * @param start the first symbol of the match
     * @param end the symbol just past the match
     * @return whether no word of the text crosses the match's start or end
     */
    boolean isWholeWord(NormalizedText text, int start, int end);
}
