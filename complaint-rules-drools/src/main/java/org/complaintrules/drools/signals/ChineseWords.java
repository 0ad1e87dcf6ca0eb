package org.complaintrules.drools.signals;

import java.util.List;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Chinese word boundaries from Lucene's smartcn segmenter ({@code lucene-analysis-smartcn}, a
 * hidden Markov model over its own dictionary). Used only for entries marked {@code whole-word},
 * and only on the run of Chinese characters around such a match (at most {@value #REACH}
 * characters either side), so its cost is paid where it helps: a match that sits inside a longer
 * word ("受伤" in "感受伤心") is not a match. The dictionaries load on first use.
 */
final class ChineseWords implements WordBoundaries {

    /** Characters on either side of a match that the segmenter sees. */
    static final int REACH = 12;

    static final ChineseWords INSTANCE = new ChineseWords();

    private ChineseWords() {}

    private static final class Holder {
        static final HHMMSegmenter SEGMENTER = new HHMMSegmenter();
    }

    @Override
    public boolean isWholeWord(NormalizedText text, int start, int end) {
        char[] s = text.symbols();
        int from = start;
        while (from > 0 && start - from < REACH && CharClass.is(s[from - 1], CharClass.UNSPACED)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < REACH && CharClass.is(s[to], CharClass.UNSPACED)) {
            to++;
        }
        if (from == start && to == end) {
            return true;
        }
        List<SegToken> words = Holder.SEGMENTER.process(new String(s, from, to - from));
        boolean startOk = start == from;
        boolean endOk = end == to;
        for (SegToken w : words) {
            int ws = from + w.startOffset;
            int we = from + w.endOffset;
            startOk |= ws == start;
            endOk |= we == end;
        }
        return startOk && endOk;
    }
}
