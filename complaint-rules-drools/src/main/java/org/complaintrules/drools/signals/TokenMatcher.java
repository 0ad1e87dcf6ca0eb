package org.complaintrules.drools.signals;

import java.io.IOException;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintrules.api.SignalType;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Finds the entries of one language's word lists in a tokenised text, in one left-to-right pass.
 *
 * <p>Built once per language (the lexicon's words are stemmed then), it holds: a character trie of
 * every exact form, prefix and stem start; a table of stems; a reversed trie of suffixes; and for
 * each term the entries that start with it. Per text it (1) finds the terms of each token: one walk
 * down the trie (it stops at the first character no entry continues with), a Snowball stem only for
 * words whose first characters start some stem, and the table; a word seen lately on the thread
 * from a small cache of words' terms instead; a one-character token (Chinese is
 * one token per character) from one read of a table by character; each token's terms also as a
 * 64-bit mask, so that most "does this token have term x" questions are one read; (2) for each
 * token and each of its terms tries the entries that start there, each step looking at most a gap
 * ahead (a token whose mask shares no term with what can follow is passed over); (3) keeps, per
 * signal type, the leftmost match that no exclusion overlaps, whose contexts hold and that does not lie
 * inside a quoted title or the company's quoted text ({@link QuotedSpans}). Each step is
 * bounded by the lexicon (longest entry, largest gap and window), so the cost is O(n) in the
 * number of tokens; memory is O(n). Immutable and thread-safe.
 */
final class TokenMatcher {

    /**
     * A match of an entry.
     *
     * @param type the signal
     * @param start the first symbol of the match in the folded text
     * @param end the symbol just past it
     * @param entry the word-list entry that matched ({@link #origin} tells where it is written)
     */
    record Match(SignalType type, int start, int end, int entry) {}

    /**
     * What was found in one text.
     *
     * @param matches for each signal type found, its leftmost accepted match
     * @param praise how many praise or thanks entries matched
     */
    record Result(Map<SignalType, Match> matches, int praise) {}

    private static final SignalType[] TYPES = SignalType.values();
    private static final int[] NO_INTS = new int[0];
    static final int[][] NO_INT_ARRAYS = new int[0][];
    /** Up to this length, an all-zero per-entry or per-node array is shared (see {@link #shareZeros}). */
    static final int SHARED_ZEROS = 16;

    private static final long[] NO_LONGS = new long[0];

    /** The language the lists are of (chooses the stemmer). */
    private final String language;

    private final Stemmer stemmer;
    private final int praiseList;
    private final int listCount;
    // contexts, indexed by list - TYPES.length
    private final int[] contextBefore;
    private final int[] contextAfter;
    private final int[] contextBlockedBy;

    // trie over characters: edges (node << 16 | char) -> child, packed as (edge << 24 | child) in one slot
    private final long[] edges;
    private final int edgeMask;
    /** The trie's first step by character, without hashing: the child of the root, or -1. */
    private final int[] rootChild;
    /** The ordered-entry trie's first step by term, without hashing: the child of the root, or -1. */
    private final int[] seqRoot;

    private final int[] nodeExact;
    private final int[] nodePrefix;
    /**
     * The terms of a one-character token (a character of an unspaced script or a sign) in one
     * read: the term, {@link #NO_TERM} or {@link #MORE_TERMS} (the trie walk decides).
     */
    private final int[] charTerm;
    /**
     * Per term, what step 2 does with it in one read: bit 0, ordered entries start with it;
     * bit 1, any-order entries contain it; bit 2, its trie node only completes entries (no
     * pending entries, no children), so the walk is a plain add.
     */
    private final byte[] termAction;
    /**
     * Per trie node, in one small array so that the walk reads one byte per character: the stem
     * mark in bits 0-1 (1: some stem passes through or ends here, 2: a stem shorter than
     * STEM_PROBE ends here), {@link #NODE_PREFIX} and {@link #NODE_EXACT}.
     */
    private final byte[] nodeFlags;

    private final int[] suffixEdgeValues;
    private final long[] suffixEdgeKeys;
    private final int suffixEdgeMask;
    private final int[] suffixNodeTerm;
    private final boolean hasSuffixes;
    private final String[] infixes;
    private final char[][] infixChars;
    private final int[] infixTerms;
    private final Map<String, Integer> stems;
    private final Map<String, Integer> numbers;
    private final int anyNumber;
    private final String[] maskable;
    private final int[] maskableTerms;
    private final boolean[] maskablePrefix;

    // entries
    /** The terms of each entry, {@code entryTermsAll[entryTermStart[e] .. entryTermStart[e + 1])} (see {@link Joined}). */
    private final int[] entryTermStart;

    private final int[] entryTermsAll;
    private final int[][] entryGaps;
    private final int[] entryList;
    private final boolean[] entryExclusion;
    private final boolean[] entryAnyOrder;
    private final int[] entryWindow;
    private final int[][][] entryNeeds;
    private final int[][] entryUnless;
    private final boolean[] entryWholeWord;
    /** The files the entries come from; an entry's origin is {@code originFiles[entryFile[e]] + ":" + entryLine[e]}. */
    private final String[] originFiles;

    private final int[] entryFile;
    private final int[] entryLine;
    /** For entries that must occur several times: the count needed; its slot in {@link #minSlot}. */
    private final int[] entryMin;

    /** Per entry, the slot of its count in a text, shared by every phrase of its line; -1 without {@code min=}. */
    private final int[] minSlot;

    private final int minSlots;
    private final int[][] byAny;
    /**
     * Per any-order entry, its terms as a 64-bit mask like a token's (bit {@code term % 64}): a
     * window whose tokens' masks lack a bit of it, the trigger's aside, cannot hold the entry, so
     * the entry is passed over without a search (0 for ordered entries). Derived from the entries.
     */
    private final long[] entryAnyMask;
    // ordered entries in a trie over their terms, as far as no gap comes: (node << 32 | term) -> child
    private final long[] seqKeys;
    private final int[] seqValues;
    private final int seqMask;
    /**
     * For each trie node: how many children it has (shifted left by 2), whether entries end
     * there (bit 0) and whether entries go on after a gap (bit 1). With one child, its term and
     * the child are in {@link #seqOnlyTerm} and {@link #seqOnlyChild} (no hashing).
     */
    private final int[] seqInfo;
    /**
     * Per trie node, the terms that lead on from it (its children's terms and, at a shared node,
     * the terms its pending entries want next) as a 64-bit mask like a token's: a token whose
     * mask shares no bit with it is passed over without a look-up.
     */
    private final long[] seqNextMask;

    private final int[] seqOnlyTerm;
    private final int[] seqOnlyChild;
    /**
     * For each trie node: the entries that end there, {@code seqCompleteEntries[seqCompleteStart[node] ..
     * seqCompleteStart[node + 1])} (see {@link Joined}; most nodes have none or one).
     */
    private final int[] seqCompleteStart;

    private final int[] seqCompleteEntries;
    /** For each trie node: entries that go on after a gap, and the index of their next term. */
    private final int[][] seqPending;

    private final int[][] seqPendingFrom;
    /**
     * Nodes whose two or more pending entries all wait for their next term after a gap: their gap
     * is scanned once for every 64 of them. Per such node: the largest gap, each pending entry's
     * gap, and (in {@link #pendingKeys}) for each (node, group of 64, term) the pending entries of
     * that group that want the term, as a bit set.
     */
    private final boolean[] seqShared;

    private final int[] seqPendingMaxGap;
    private final int[][] seqPendingGap;
    private final long[] pendingKeys;
    private final long[] pendingMasks;
    private final int pendingMask;
    /**
     * Per thread: the terms of each word seen lately, so that a repeated word (the common words of
     * a text, and of the thread's next texts) costs one look-up instead of a trie walk and a stem.
     */
    private final ThreadLocal<TermCache> termCache = ThreadLocal.withInitial(this::newTermCache);

    private final int entries;

    /** How many leading characters of a word are checked against the starts of stems and listed words before it is stemmed. */
    private static final int STEM_PROBE = 3;

    /** {@link #nodeFlags}: the stem mark. */
    private static final int NODE_STEM = 3;
    /** {@link #nodeFlags}: a prefix term ends at the node. */
    private static final int NODE_PREFIX = 4;
    /** {@link #nodeFlags}: an exact term ends at the node. */
    private static final int NODE_EXACT = 8;
    /** Most pending entries of a node scanned together: groups of 64 numbered in 8 bits of a key. */
    private static final int MAX_SHARED_PENDING = 64 * 256;

    /** Most nodes a character trie may have: a node and a child are packed in 24 bits each. */
    private static final int MAX_NODES = (1 << 24) - 1;
    /** {@link #charTerm}: the character has no term. */
    private static final int NO_TERM = -1;
    /** {@link #charTerm}: the character has more than one term, or the trie decides. */
    private static final int MORE_TERMS = -2;

    /** A free slot of {@link #edges}. */
    private static final long NO_EDGE = -1L;

    /**
     * @param language the language (chooses the stemmer)
     * @param content the entries and contexts
     * @throws LexiconException when an entry names an unknown context
     */
    TokenMatcher(String language, Lexicon.Content content) {
        this.language = language;
        this.stemmer = Stemmer.forLanguage(language);
        Map<String, Lexicon.Context> contexts = new LinkedHashMap<>();
        for (Lexicon.Context c : content.contexts()) {
            contexts.putIfAbsent(c.name(), c); // the first declaration sets the reach; later ones add words
        }
        List<String> contextNames = new ArrayList<>(contexts.keySet());
        int c0 = TYPES.length;
        this.praiseList = c0 + contextNames.size();
        this.listCount = praiseList + 1;
        this.contextBefore = new int[contextNames.size()];
        this.contextAfter = new int[contextNames.size()];
        this.contextBlockedBy = new int[contextNames.size()];
        for (int i = 0; i < contextNames.size(); i++) {
            Lexicon.Context c = contexts.get(contextNames.get(i));
            contextBefore[i] = c.before();
            contextAfter[i] = c.after();
            if (c.blockedBy() == null) {
                contextBlockedBy[i] = -1;
            } else {
                int b = contextNames.indexOf(c.blockedBy());
                if (b < 0) {
                    throw originError(c.origin(), "blocked-by names no context: \"" + c.blockedBy() + "\"");
                }
                contextBlockedBy[i] = b;
            }
        }

        Builder b = new Builder();
        Interner interned = new Interner();
        List<Lexicon.Entry> list = content.entries();
        this.entries = list.size();
        int[][] entryTermLists = new int[entries][];
        entryGaps = new int[entries][];
        entryList = new int[entries];
        entryExclusion = new boolean[entries];
        entryAnyOrder = new boolean[entries];
        entryWindow = new int[entries];
        entryNeeds = new int[entries][][];
        entryUnless = new int[entries][];
        entryWholeWord = new boolean[entries];
        entryFile = new int[entries];
        entryLine = new int[entries];
        Map<String, Integer> files = new LinkedHashMap<>();
        entryMin = new int[entries];
        minSlot = new int[entries];
        // the phrases of one line share their count: "{i|we} {called|emailed} | min=2" holds for "I called ...
        // I emailed ..." as for "I called ... I called ..."
        Map<String, Integer> slotOfLine = new HashMap<>();
        Map<Integer, List<Integer>> any = new HashMap<>();
        Map<Long, Integer> seqEdges = new HashMap<>();
        List<int[]> seqNodes = new ArrayList<>();
        List<List<Integer>> complete = new ArrayList<>();
        List<List<int[]>> pending = new ArrayList<>();
        seqNodes.add(new int[] {0});
        complete.add(new ArrayList<>());
        pending.add(new ArrayList<>());
        for (int e = 0; e < entries; e++) {
            Lexicon.Entry entry = list.get(e);
            int[] terms = new int[entry.terms().size()];
            for (int k = 0; k < terms.length; k++) {
                terms[k] = b.term(entry.terms().get(k), stemmer, entry.list().equals("abuse"));
            }
            entryTermLists[e] = terms;
            entryGaps[e] = interned.ints(entry.gaps());
            entryList[e] = listIndex(entry, contextNames);
            entryExclusion[e] = entry.exclusion();
            entryAnyOrder[e] = entry.anyOrder();
            entryWindow[e] = entry.window();
            entryWholeWord[e] = entry.wholeWord();
            int colon = entry.origin().lastIndexOf(':');
            entryFile[e] = files.computeIfAbsent(entry.origin().substring(0, colon), f -> files.size());
            entryLine[e] = Integer.parseInt(entry.origin().substring(colon + 1));
            entryMin[e] = entry.min();
            minSlot[e] = entry.min() > 1 ? slotOfLine.computeIfAbsent(entry.origin(), line -> slotOfLine.size()) : -1;
            int[][] needs = entry.needs().isEmpty()
                    ? NO_INT_ARRAYS
                    : new int[entry.needs().size()][];
            for (int g = 0; g < entry.needs().size(); g++) {
                needs[g] = contextIds(entry.needs().get(g), contextNames, entry.origin());
            }
            entryNeeds[e] = interned.arrays(needs);
            entryUnless[e] = interned.ints(contextIds(entry.unless(), contextNames, entry.origin()));
            if (entry.anyOrder()) {
                for (int t : Arrays.stream(terms).distinct().toArray()) {
                    any.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
                }
            } else {
                int node = 0;
                int k = 0;
                while (k < terms.length && (k == 0 || entry.gaps()[k] == 0)) {
                    long edge = ((long) node << 32) | terms[k];
                    Integer next = seqEdges.get(edge);
                    if (next == null) {
                        next = seqNodes.size();
                        seqEdges.put(edge, next);
                        seqNodes.add(new int[] {0});
                        complete.add(new ArrayList<>());
                        pending.add(new ArrayList<>());
                    }
                    node = next;
                    k++;
                }
                if (k == terms.length) {
                    complete.get(node).add(e);
                } else {
                    pending.get(node).add(new int[] {e, k});
                }
            }
        }
        this.originFiles = files.keySet().toArray(new String[0]);
        this.seqMask = tableSize(seqEdges.size()) - 1;
        this.seqKeys = new long[seqMask + 1];
        this.seqValues = new int[seqMask + 1];
        Arrays.fill(seqKeys, -1L);
        seqEdges.forEach((k, v) -> put(seqKeys, seqValues, seqMask, k, v));
        this.seqRoot = new int[Math.max(1, b.termCount())];
        Arrays.fill(seqRoot, -1);
        seqEdges.forEach((k, v) -> {
            if ((k >>> 32) == 0) {
                seqRoot[(int) (long) k] = v;
            }
        });
        int[] seqChildren = new int[seqNodes.size()];
        this.seqOnlyTerm = new int[seqNodes.size()];
        this.seqOnlyChild = new int[seqNodes.size()];
        seqEdges.forEach((k, v) -> {
            int parent = (int) (k >>> 32);
            seqChildren[parent]++;
            seqOnlyTerm[parent] = (int) (long) k;
            seqOnlyChild[parent] = v;
        });
        int[][] ending = new int[seqNodes.size()][];
        for (int node = 0; node < ending.length; node++) {
            ending[node] = ints(complete.get(node));
        }
        Joined endingJoined = Joined.of(ending);
        this.seqCompleteStart = endingJoined.start();
        this.seqCompleteEntries = endingJoined.all();
        this.seqPending = new int[seqNodes.size()][];
        this.seqPendingFrom = new int[seqNodes.size()][];
        for (int node = 0; node < seqNodes.size(); node++) {
            List<int[]> p = pending.get(node);
            seqPending[node] = p.isEmpty() ? NO_INTS : new int[p.size()];
            seqPendingFrom[node] = p.isEmpty() ? NO_INTS : new int[p.size()];
            for (int i = 0; i < p.size(); i++) {
                seqPending[node][i] = p.get(i)[0];
                seqPendingFrom[node][i] = p.get(i)[1];
            }
        }
        this.seqInfo = new int[seqNodes.size()];
        this.seqNextMask = new long[seqNodes.size()];
        seqEdges.forEach((k, v) -> seqNextMask[(int) (k >>> 32)] |= 1L << (int) (long) k);
        this.seqShared = new boolean[seqNodes.size()];
        this.seqPendingMaxGap = new int[seqNodes.size()];
        this.seqPendingGap = new int[seqNodes.size()][];
        Map<Long, Long> pendingByTerm = new HashMap<>();
        for (int node = 0; node < seqNodes.size(); node++) {
            int[] pend = seqPending[node];
            seqInfo[node] = (seqChildren[node] << 2) | (ending[node].length > 0 ? 1 : 0) | (pend.length > 0 ? 2 : 0);
            seqPendingGap[node] = pend.length == 0 ? NO_INTS : new int[pend.length];
            boolean shared = pend.length >= 2 && pend.length <= MAX_SHARED_PENDING;
            for (int i = 0; i < pend.length; i++) {
                int gap = entryGaps[pend[i]][seqPendingFrom[node][i]];
                seqPendingGap[node][i] = gap;
                seqPendingMaxGap[node] = Math.max(seqPendingMaxGap[node], gap);
                shared &= gap > 0;
            }
            seqShared[node] = shared;
            if (shared) {
                for (int i = 0; i < pend.length; i++) {
                    int want = entryTermLists[pend[i]][seqPendingFrom[node][i]];
                    seqNextMask[node] |= 1L << want;
                    if (want >= 1 << 24) {
                        throw new IllegalStateException("the word lists of " + language + " have more than 2^24 terms");
                    }
                    pendingByTerm.merge(pendingKey(node, i >>> 6, want), 1L << i, (x, y) -> x | y);
                }
            }
        }
        this.pendingMask = tableSize(pendingByTerm.size()) - 1;
        this.pendingKeys = new long[pendingMask + 1];
        this.pendingMasks = new long[pendingMask + 1];
        Arrays.fill(pendingKeys, -1L);
        pendingByTerm.forEach((k, v) -> {
            int slot = slot(k, pendingMask);
            while (pendingKeys[slot] != -1L) {
                slot = (slot + 1) & pendingMask;
            }
            pendingKeys[slot] = k;
            pendingMasks[slot] = v;
        });
        this.minSlots = slotOfLine.size();
        int termCount = b.termCount();
        byAny = index(any, termCount);

        if (b.nodeCount >= MAX_NODES) {
            throw new IllegalStateException(
                    "the word lists of " + language + " need " + b.nodeCount + " trie nodes, more than " + MAX_NODES);
        }
        this.edgeMask = tableSize(b.edges.size()) - 1;
        this.edges = new long[edgeMask + 1];
        Arrays.fill(edges, NO_EDGE);
        b.edges.forEach((k, v) -> {
            int slot = slot(k, edgeMask);
            while (edges[slot] != NO_EDGE) {
                slot = (slot + 1) & edgeMask;
            }
            edges[slot] = (k << 24) | v;
        });
        this.rootChild = new int[0x10000];
        Arrays.fill(rootChild, -1);
        b.edges.forEach((k, v) -> {
            if ((k >>> 16) == 0) {
                rootChild[(int) (k & 0xFFFF)] = v;
            }
        });
        this.nodeExact = b.intArray(b.nodeExact);
        this.nodePrefix = b.intArray(b.nodePrefix);
        this.nodeFlags = new byte[b.nodeCount];
        b.nodeStem.forEach((n, v) -> nodeFlags[n] |= v);
        for (int node = 0; node < b.nodeCount; node++) {
            nodeFlags[node] |=
                    (byte) ((nodePrefix[node] >= 0 ? NODE_PREFIX : 0) | (nodeExact[node] >= 0 ? NODE_EXACT : 0));
        }
        this.charTerm = new int[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            int node = rootChild[c];
            int f = node < 0 ? 0 : nodeFlags[node];
            boolean prefix = (f & NODE_PREFIX) != 0;
            boolean exact = (f & NODE_EXACT) != 0;
            charTerm[c] = prefix && exact ? MORE_TERMS : prefix ? nodePrefix[node] : exact ? nodeExact[node] : NO_TERM;
        }
        this.termAction = new byte[Math.max(1, termCount)];
        for (int term = 0; term < termCount; term++) {
            int root = seqRoot[term];
            int action = (root >= 0 ? 1 : 0) | (byAny[term].length > 0 ? 2 : 0);
            if (root >= 0 && seqInfo[root] == 1) {
                action |= 4;
            }
            termAction[term] = (byte) action;
        }
        this.suffixEdgeMask = tableSize(b.suffixEdges.size()) - 1;
        this.suffixEdgeKeys = new long[suffixEdgeMask + 1];
        this.suffixEdgeValues = new int[suffixEdgeMask + 1];
        Arrays.fill(suffixEdgeKeys, -1L);
        b.suffixEdges.forEach((k, v) -> put(suffixEdgeKeys, suffixEdgeValues, suffixEdgeMask, k, v));
        this.suffixNodeTerm = new int[b.suffixNodeCount];
        Arrays.fill(suffixNodeTerm, -1);
        b.suffixNodeTerm.forEach((n, t) -> suffixNodeTerm[n] = t);
        this.hasSuffixes = !b.suffixNodeTerm.isEmpty();
        this.infixes = b.infixes.keySet().toArray(new String[0]);
        this.infixChars = new char[infixes.length][];
        for (int i = 0; i < infixes.length; i++) {
            infixChars[i] = infixes[i].toCharArray();
        }
        this.infixTerms =
                b.infixes.values().stream().mapToInt(Integer::intValue).toArray();
        this.stems = Map.copyOf(b.stems);
        this.numbers = Map.copyOf(b.numbers);
        this.anyNumber = b.anyNumber;
        this.maskable = b.maskable.toArray(new String[0]);
        this.maskableTerms =
                b.maskableTerms.stream().mapToInt(Integer::intValue).toArray();
        this.maskablePrefix = new boolean[maskable.length];
        for (int i = 0; i < maskable.length; i++) {
            maskablePrefix[i] = b.maskablePrefix.get(i);
        }
        Joined termsJoined = Joined.of(entryTermLists);
        this.entryTermStart = termsJoined.start();
        this.entryTermsAll = termsJoined.all();
        this.entryAnyMask = anyMasks(entryTermStart, entryTermsAll, entryAnyOrder);
    }

    /**
     * Writes everything this matcher holds, for {@link #TokenMatcher(LexiconImage.In)}: the built-in
     * lists compiled when the library is built ({@link LexiconImage}). Each field once, in
     * declaration order; the reading constructor follows the same order.
     *
     * @param out where to
     * @throws IOException when writing fails
     */
    void writeTo(LexiconImage.Out out) throws IOException {
        out.string(language);
        out.integer(praiseList);
        out.integer(listCount);
        out.ints(contextBefore);
        out.ints(contextAfter);
        out.ints(contextBlockedBy);
        out.longs(edges);
        out.integer(edgeMask);
        out.ints(rootChild);
        out.ints(seqRoot);
        out.ints(nodeExact);
        out.ints(nodePrefix);
        out.ints(charTerm);
        out.bytes(termAction);
        out.bytes(nodeFlags);
        out.ints(suffixEdgeValues);
        out.longs(suffixEdgeKeys);
        out.integer(suffixEdgeMask);
        out.ints(suffixNodeTerm);
        out.bool(hasSuffixes);
        out.strings(infixes);
        out.chars2(infixChars);
        out.ints(infixTerms);
        out.map(stems);
        out.map(numbers);
        out.integer(anyNumber);
        out.strings(maskable);
        out.ints(maskableTerms);
        out.bools(maskablePrefix);
        out.ints(entryTermStart);
        out.ints(entryTermsAll);
        out.ints2(entryGaps);
        out.ints(entryList);
        out.bools(entryExclusion);
        out.bools(entryAnyOrder);
        out.ints(entryWindow);
        out.ints3(entryNeeds);
        out.ints2(entryUnless);
        out.bools(entryWholeWord);
        out.strings(originFiles);
        out.ints(entryFile);
        out.ints(entryLine);
        out.ints(entryMin);
        out.ints(minSlot);
        out.integer(minSlots);
        out.ints2(byAny);
        out.longs(seqKeys);
        out.ints(seqValues);
        out.integer(seqMask);
        out.ints(seqInfo);
        out.longs(seqNextMask);
        out.ints(seqOnlyTerm);
        out.ints(seqOnlyChild);
        out.ints(seqCompleteStart);
        out.ints(seqCompleteEntries);
        out.ints2(seqPending);
        out.ints2(seqPendingFrom);
        out.bools(seqShared);
        out.ints(seqPendingMaxGap);
        out.ints2(seqPendingGap);
        out.longs(pendingKeys);
        out.longs(pendingMasks);
        out.integer(pendingMask);
        out.integer(entries);
    }

    /**
     * Reads a matcher that {@link #writeTo} wrote.
     *
     * @param in the image, at the matcher
     */
    TokenMatcher(LexiconImage.In in) {
        this.language = in.string();
        this.stemmer = Stemmer.forLanguage(language);
        this.praiseList = in.integer();
        this.listCount = in.integer();
        this.contextBefore = in.ints();
        this.contextAfter = in.ints();
        this.contextBlockedBy = in.ints();
        this.edges = in.longs();
        this.edgeMask = in.integer();
        this.rootChild = in.ints();
        this.seqRoot = in.ints();
        this.nodeExact = in.ints();
        this.nodePrefix = in.ints();
        this.charTerm = in.ints();
        this.termAction = in.bytes();
        this.nodeFlags = in.bytes();
        this.suffixEdgeValues = in.ints();
        this.suffixEdgeKeys = in.longs();
        this.suffixEdgeMask = in.integer();
        this.suffixNodeTerm = in.ints();
        this.hasSuffixes = in.bool();
        this.infixes = in.strings();
        this.infixChars = in.chars2();
        this.infixTerms = in.ints();
        this.stems = in.map();
        this.numbers = in.map();
        this.anyNumber = in.integer();
        this.maskable = in.strings();
        this.maskableTerms = in.ints();
        this.maskablePrefix = in.bools();
        this.entryTermStart = in.ints();
        this.entryTermsAll = in.ints();
        Interner interned = new Interner();
        this.entryGaps = interned.each(in.ints2());
        this.entryList = in.ints();
        this.entryExclusion = in.bools();
        this.entryAnyOrder = in.bools();
        this.entryWindow = in.ints();
        this.entryNeeds = interned.each(in.ints3());
        this.entryUnless = interned.each(in.ints2());
        this.entryWholeWord = in.bools();
        this.originFiles = in.strings();
        this.entryFile = in.ints();
        this.entryLine = in.ints();
        this.entryMin = in.ints();
        this.minSlot = in.ints();
        this.minSlots = in.integer();
        this.byAny = in.ints2();
        this.seqKeys = in.longs();
        this.seqValues = in.ints();
        this.seqMask = in.integer();
        this.seqInfo = in.ints();
        this.seqNextMask = in.longs();
        this.seqOnlyTerm = in.ints();
        this.seqOnlyChild = in.ints();
        this.seqCompleteStart = in.ints();
        this.seqCompleteEntries = in.ints();
        this.seqPending = in.ints2();
        this.seqPendingFrom = in.ints2();
        this.seqShared = in.bools();
        this.seqPendingMaxGap = in.ints();
        this.seqPendingGap = in.ints2();
        this.pendingKeys = in.longs();
        this.pendingMasks = in.longs();
        this.pendingMask = in.integer();
        this.entries = in.integer();
        this.entryAnyMask = anyMasks(entryTermStart, entryTermsAll, entryAnyOrder);
    }

    /** @return for each any-order entry the mask of its terms (bit {@code term % 64}), 0 for the others */
    private static long[] anyMasks(int[] entryTermStart, int[] entryTermsAll, boolean[] entryAnyOrder) {
        long[] out = new long[entryAnyOrder.length];
        for (int e = 0; e < out.length; e++) {
            if (entryAnyOrder[e]) {
                for (int k = entryTermStart[e]; k < entryTermStart[e + 1]; k++) {
                    out[e] |= 1L << entryTermsAll[k];
                }
            }
        }
        return out;
    }

    private static LexiconException originError(String origin, String message) {
        int colon = origin.lastIndexOf(':');
        return new LexiconException(origin.substring(0, colon), Integer.parseInt(origin.substring(colon + 1)), message);
    }

    private int listIndex(Lexicon.Entry entry, List<String> contextNames) {
        if (entry.list().equals(Lexicon.PRAISE)) {
            return praiseList;
        }
        int c = contextNames.indexOf(entry.list());
        if (c >= 0) {
            return TYPES.length + c;
        }
        SignalType type = Lexicon.typeOf(entry.list());
        if (type == null) {
            throw originError(entry.origin(), "entry of an undeclared context \"" + entry.list() + "\"");
        }
        return type.ordinal();
    }

    private static int[] contextIds(List<String> names, List<String> contextNames, String origin) {
        if (names.isEmpty()) {
            return NO_INTS;
        }
        int[] ids = new int[names.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = contextNames.indexOf(names.get(i));
            if (ids[i] < 0) {
                throw originError(
                        origin, "no context is called \"" + names.get(i) + "\"; the contexts are " + contextNames);
            }
        }
        return ids;
    }

    /**
     * The per-entry and per-node arrays are never written once a matcher is built, and most are
     * empty or, an entry's gaps, all zeros: one instance of each length serves them all (the
     * English lists made some 440,000 such arrays, about 7 of the matcher's 33 MB).
     *
     * @param a an array that nothing writes to after this call
     * @param zeros the shared all-zero arrays by length, {@link #SHARED_ZEROS} + 1 slots, filled as
     *     they are first met
     * @return {@code a}, or the shared array of its length when it is all zeros
     */
    static int[] shareZeros(int[] a, int[][] zeros) {
        if (a.length == 0) {
            return NO_INTS;
        }
        if (a.length > SHARED_ZEROS) {
            return a;
        }
        for (int v : a) {
            if (v != 0) {
                return a;
            }
        }
        if (zeros[a.length] == null) {
            zeros[a.length] = a;
        }
        return zeros[a.length];
    }

    private static int[][] index(Map<Integer, List<Integer>> map, int size) {
        int[][] out = new int[size][];
        Arrays.fill(out, NO_INTS);
        map.forEach((k, v) -> out[k] = ints(v));
        return out;
    }

    /** @return the numbers as an array (a loop: the lists are compiled at start, before the JIT has warmed up) */
    private static int[] ints(List<Integer> list) {
        if (list.isEmpty()) {
            return NO_INTS;
        }
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static int tableSize(int n) {
        int size = 16;
        while (size < n + (n >> 1)) {
            size <<= 1;
        }
        return size;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private static void put(long[] keys, int[] values, int mask, long key, int value) {
        int s = slot(key, mask);
        while (keys[s] != -1L) {
            s = (s + 1) & mask;
        }
        keys[s] = key;
        values[s] = value;
    }

    /** @return the child of a character trie node by character, or -1 */
    private int child(int node, char c) {
        long key = ((long) node << 16) | c;
        int s = slot(key, edgeMask);
        while (true) {
            long edge = edges[s];
            if ((edge >>> 24) == key) {
                return (int) (edge & MAX_NODES);
            }
            if (edge == NO_EDGE) {
                return -1;
            }
            s = (s + 1) & edgeMask;
        }
    }

    /**
     * The key of (node, group, term) in {@link #pendingKeys}: the node in the high 32 bits, then
     * the group of 64 pending entries in 8 bits, then the term in 24 (the builder checks that
     * terms fit).
     */
    private static long pendingKey(int node, int group, int term) {
        return ((long) node << 32) | ((long) group << 24) | term;
    }

    /** @return the pending entries of a shared node's group of 64 that want this term next, as a bit set */
    private long pendingWanting(int node, int group, int term) {
        long key = pendingKey(node, group, term);
        int s = slot(key, pendingMask);
        while (true) {
            long k = pendingKeys[s];
            if (k == key) {
                return pendingMasks[s];
            }
            if (k == -1L) {
                return 0L;
            }
            s = (s + 1) & pendingMask;
        }
    }

    private static int get(long[] keys, int[] values, int mask, long key) {
        int s = slot(key, mask);
        while (true) {
            long k = keys[s];
            if (k == key) {
                return values[s];
            }
            if (k == -1L) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }

    /** @return an empty cache of words' terms for a thread */
    private TermCache newTermCache() {
        return new TermCache(termAction);
    }

    /**
     * @param match a match this matcher found
     * @return where the entry that matched is written, {@code file:line} (built when asked, not for every match)
     */
    String origin(Match match) {
        return originFiles[entryFile[match.entry()]] + ":" + entryLine[match.entry()];
    }

    /** @return the language the lists are of */
    String language() {
        return language;
    }

    /** @return how many entries (including exclusions and contexts) the matcher holds */
    int size() {
        return entries;
    }

    /**
     * @param text the folded text
     * @param tokens its tokens
     * @param wholeWords checks word boundaries in unspaced scripts, for {@code whole-word} entries; may be {@code null}
     * @return what was found
     */
    Result find(NormalizedText text, Tokens tokens, WordBoundaries wholeWords) {
        return find(text, tokens, wholeWords, null);
    }

    /**
     * @param text the folded text
     * @param tokens its tokens
     * @param wholeWords checks word boundaries in unspaced scripts, for {@code whole-word} entries; may be {@code null}
     * @param workspace the thread's working arrays, or {@code null} for arrays of its own
     * @return what was found
     */
    Result find(NormalizedText text, Tokens tokens, WordBoundaries wholeWords, Workspace workspace) {
        return find(text, tokens, wholeWords, workspace, null);
    }

    /**
     * @param text the folded text
     * @param tokens its tokens
     * @param wholeWords checks word boundaries in unspaced scripts, for {@code whole-word} entries; may be {@code null}
     * @param workspace the thread's working arrays, or {@code null} for arrays of its own
     * @param quoted the quoted passages whose words are not the customer's own: a match entirely
     *     inside one is passed over; {@code null} when there are none
     * @return what was found
     */
    Result find(
            NormalizedText text, Tokens tokens, WordBoundaries wholeWords, Workspace workspace, QuotedSpans quoted) {
        return resolve(text, tokens, candidates(text, tokens, true, workspace), wholeWords, quoted);
    }

    /**
     * The candidate matches in the order {@link #find} weighs them, for tests.
     *
     * @param text the folded text
     * @param tokens its tokens
     * @param together whether the fast paths of {@link #find} are taken: the gaps of entries
     *     pending at one trie node scanned once for all of them, and any-order entries passed over
     *     when their window's term masks lack one of their terms; or the plain reference (one scan
     *     per pending entry, every any-order entry searched)
     * @return (entry, first token, token past the end) for each candidate, in order
     */
    int[] candidateList(NormalizedText text, Tokens tokens, boolean together) {
        Candidates found = candidates(text, tokens, together, null);
        int[] out = new int[3 * found.size];
        for (int c = 0; c < found.size; c++) {
            out[3 * c] = found.entries[c];
            out[3 * c + 1] = found.starts[c];
            out[3 * c + 2] = found.ends[c];
        }
        return out;
    }

    /**
     * The terms of one token, for tests: computed, or through this thread's cache of words' terms
     * (which a first call fills and a second call reads).
     *
     * @param text the folded text
     * @param tokens its tokens
     * @param t a token
     * @param cached whether to go through the cache
     * @return the token's term ids, in the order {@link #find} weighs them
     */
    int[] termsOfToken(NormalizedText text, Tokens tokens, int t, boolean cached) {
        int[] out = new int[termRoom(tokens.end(t) - tokens.start(t), 8 + infixes.length, true)];
        int count = termsOf(text, text.symbols(), tokens, t, out, 0, cached ? termCache.get() : null);
        return Arrays.copyOf(out, count);
    }

    /**
     * For tests: what the cache of words' terms holds besides the terms for token t, the mask of its
     * terms and whether one of them acts, as {@link #candidates} reads them.
     *
     * @param text the folded text
     * @param tokens its tokens
     * @param t a token
     * @return the mask and 1 or 0, or null when this thread's cache holds no such word
     */
    long[] cachedMaskAndAction(NormalizedText text, Tokens tokens, int t) {
        TermCache cache = termCache.get();
        int at = tokens.kind(t) == Tokens.WORD ? cache.find(text.symbols(), tokens, t) : -1;
        return at < 0 ? null : new long[] {cache.masks[at], cache.acting[at] ? 1 : 0};
    }

    /**
     * For tests: the mask and the action of a token with these terms, as {@link #candidates}
     * computes them.
     *
     * @param terms a token's terms
     * @return the mask and 1 when a term acts, else 0
     */
    long[] maskAndAction(int[] terms) {
        return new long[] {maskOf(terms, 0, terms.length), acts(termAction, terms, 0, terms.length) ? 1 : 0};
    }

    /**
     * @return the mask of the terms terms[from, to): a token's, which step 2 tests against the terms
     *     that may come next (bit {@code term % 64} of each)
     */
    private static long maskOf(int[] terms, int from, int to) {
        long mask = 0L;
        for (int i = from; i < to; i++) {
            mask |= 1L << terms[i];
        }
        return mask;
    }

    /** @return whether one of the terms terms[from, to) starts or takes part in an entry */
    private static boolean acts(byte[] actions, int[] terms, int from, int to) {
        for (int i = from; i < to; i++) {
            if (actions[terms[i]] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Steps 1 and 2 of {@link #find}: the terms of each token, then every candidate match. */
    private Candidates candidates(NormalizedText text, Tokens tokens, boolean together, Workspace workspace) {
        int n = tokens.size();
        char[] symbols = text.symbols();
        // 1. the terms of each token
        int[] termStart;
        int[] terms;
        if (workspace == null) {
            termStart = new int[n + 1];
            terms = new int[Math.max(16, n + n / 2)];
        } else {
            if (workspace.termStart.length < n + 1) {
                workspace.termStart = new int[Math.max(n + 1, 256)];
            }
            if (workspace.terms.length < n + n / 2) {
                workspace.terms = new int[Math.max(n + n / 2, 256)];
            }
            termStart = workspace.termStart;
            terms = workspace.terms;
        }
        int extra = 8 + infixes.length;
        TermCache cache = termCache.get();
        int count = 0;
        Candidates found = workspace == null ? new Candidates() : workspace.candidates();
        found.together = together;
        found.reusable = workspace != null;
        long[] masks = found.masks(n);
        // the tokens with a term that starts or takes part in an entry, for step 2
        int[] active = found.active(n);
        int activeCount = 0;
        byte[] actions = termAction;
        int[] single = charTerm;
        for (int t = 0; t < n; t++) {
            termStart[t] = count;
            masks[t] = 0L;
            int kind = tokens.kind(t);
            if (kind >= Tokens.UNSPACED) {
                // one character: its terms from one read of the table
                int term = single[symbols[tokens.start(t)]];
                if (term == NO_TERM) {
                    continue;
                }
                if (term >= 0) {
                    if (count == terms.length) {
                        terms = Arrays.copyOf(terms, terms.length * 2 + 1);
                    }
                    terms[count++] = term;
                    masks[t] = 1L << term;
                    if (actions[term] != 0) {
                        active[activeCount++] = t;
                    }
                    continue;
                }
            }
            if (kind == Tokens.WORD) {
                // a word seen lately: its terms, their mask and whether one acts, from the cache
                int at = cache.find(symbols, tokens, t);
                if (at >= 0) {
                    if (terms.length - count < TermCache.MOST_TERMS) {
                        terms = Arrays.copyOf(terms, terms.length * 2 + TermCache.MOST_TERMS);
                    }
                    count = cache.copy(at, terms, count);
                    masks[t] = cache.masks[at];
                    if (cache.acting[at]) {
                        active[activeCount++] = t;
                    }
                    continue;
                }
            }
            int need = termRoom(tokens.end(t) - tokens.start(t), extra, tokens.masked(t));
            if (terms.length - count < need) {
                terms = Arrays.copyOf(terms, terms.length * 2 + need);
            }
            int first = count;
            count = termsOf(text, symbols, tokens, t, terms, count, cache);
            masks[t] = maskOf(terms, first, count);
            if (acts(actions, terms, first, count)) {
                active[activeCount++] = t;
            }
        }
        termStart[n] = count;
        if (workspace != null) {
            // keep an array that grew for the thread's next texts: growing it on every text would cost more
            workspace.terms = terms;
        }

        // 2. candidate matches, from the tokens found active in step 1, in order
        for (int a = 0; a < activeCount; a++) {
            int t = active[a];
            for (int i = termStart[t]; i < termStart[t + 1]; i++) {
                int term = terms[i];
                int action = actions[term];
                if (action == 0) {
                    continue;
                }
                if ((action & 4) != 0) {
                    // entries of one term only: nothing after it to look at
                    int root = seqRoot[term];
                    for (int c = seqCompleteStart[root]; c < seqCompleteStart[root + 1]; c++) {
                        found.add(seqCompleteEntries[c], t, t + 1);
                    }
                } else if ((action & 1) != 0) {
                    int root = seqRoot[term];
                    // a node where no entry ends or waits leads somewhere only if the next token can follow
                    if ((seqInfo[root] & 3) != 0 || (t + 1 < n && (masks[t + 1] & seqNextMask[root]) != 0)) {
                        walk(root, t, t, tokens, terms, termStart, found);
                    }
                }
                if ((action & 2) != 0) {
                    matchAnyOrder(term, t, tokens, terms, termStart, found);
                }
            }
        }
        return found;
    }

    /** Step 3 of {@link #find}: contexts, exclusions, and the leftmost accepted match per type. */
    private Result resolve(
            NormalizedText text, Tokens tokens, Candidates found, WordBoundaries wholeWords, QuotedSpans quoted) {
        int n = tokens.size();

        // 3. contexts, exclusions, and the leftmost accepted match per type
        int contextCount = listCount - TYPES.length - 1;
        Occurrences[] contexts = new Occurrences[contextCount];
        boolean reuse = found.reusable;
        BitSet[] excluded = new BitSet[TYPES.length];
        // whether an exclusion with contexts was found: it is weighed once every context is known
        boolean conditional = false;
        int praise = 0;
        int[] occurrences = minSlots == 0 ? NO_INTS : new int[minSlots];
        for (int c = 0; c < found.size; c++) {
            int e = found.entries[c];
            int list = entryList[e];
            if (list == praiseList) {
                praise++;
            } else if (list >= TYPES.length) {
                int ctx = list - TYPES.length;
                if (contexts[ctx] == null) {
                    contexts[ctx] = reuse ? found.occurrences(ctx) : new Occurrences();
                }
                contexts[ctx].add(found.starts[c], found.ends[c]);
            } else if (entryExclusion[e]) {
                if (entryNeeds[e].length > 0 || entryUnless[e].length > 0) {
                    conditional = true; // weighed below, once the contexts are known
                } else {
                    exclude(excluded, list, n, found.starts[c], found.ends[c]);
                }
            }
        }
        for (Occurrences o : contexts) {
            if (o != null) {
                o.sort();
            }
        }
        if (conditional) {
            for (int c = 0; c < found.size; c++) {
                int e = found.entries[c];
                if (entryExclusion[e]
                        && (entryNeeds[e].length > 0 || entryUnless[e].length > 0)
                        && contextsHold(e, found.starts[c], found.ends[c], tokens, contexts)) {
                    exclude(excluded, entryList[e], n, found.starts[c], found.ends[c]);
                }
            }
        }
        if (minSlots > 0) {
            // an entry that must occur several times counts only the occurrences that would count on their
            // own: in "Курьер звонил утром, потом звонил вечером" the courier's first call is excluded, so
            // the second makes no series of the customer's calls. Two phrases of one line matching at the same
            // token are one occurrence.
            int[] lastStart = new int[minSlots];
            Arrays.fill(lastStart, -1);
            for (int c = 0; c < found.size; c++) {
                int e = found.entries[c];
                if (minSlot[e] >= 0
                        && entryList[e] < TYPES.length
                        && !entryExclusion[e]
                        && counts(
                                e, found.starts[c], found.ends[c], text, tokens, wholeWords, quoted, excluded, contexts)
                        && lastStart[minSlot[e]] != found.starts[c]) {
                    lastStart[minSlot[e]] = found.starts[c];
                    occurrences[minSlot[e]]++;
                }
            }
        }
        int[] bestStart = new int[TYPES.length];
        int[] bestEnd = new int[TYPES.length];
        int[] bestEntry = new int[TYPES.length];
        Arrays.fill(bestEntry, -1);
        for (int c = 0; c < found.size; c++) {
            int e = found.entries[c];
            int list = entryList[e];
            if (list >= TYPES.length || entryExclusion[e]) {
                continue;
            }
            if (minSlot[e] >= 0 && occurrences[minSlot[e]] < entryMin[e]) {
                continue;
            }
            int s = found.starts[c];
            int end = found.ends[c];
            if (bestEntry[list] >= 0 && (bestStart[list] < s || (bestStart[list] == s && bestEnd[list] >= end))) {
                continue;
            }
            if (!counts(e, s, end, text, tokens, wholeWords, quoted, excluded, contexts)) {
                continue;
            }
            bestStart[list] = s;
            bestEnd[list] = end;
            bestEntry[list] = e;
        }
        Map<SignalType, Match> matches = new EnumMap<>(SignalType.class);
        for (int t = 0; t < TYPES.length; t++) {
            if (bestEntry[t] >= 0) {
                matches.put(
                        TYPES[t],
                        new Match(TYPES[t], tokens.start(bestStart[t]), tokens.end(bestEnd[t] - 1), bestEntry[t]));
            }
        }
        return new Result(matches, praise);
    }

    /**
     * Whether a match of entry e over tokens [s, end) counts, once the contexts and exclusions are known:
     * not inside a quoted passage that is not the customer's own (a title, or the company's text), not
     * overlapping an exclusion of its list, its contexts holding, and on word boundaries when it asks so.
     */
    private boolean counts(
            int e,
            int s,
            int end,
            NormalizedText text,
            Tokens tokens,
            WordBoundaries wholeWords,
            QuotedSpans quoted,
            BitSet[] excluded,
            Occurrences[] contexts) {
        if (quoted != null && quoted.covers(s, end)) {
            return false;
        }
        BitSet out = excluded[entryList[e]];
        if (out != null) {
            int hit = out.nextSetBit(s);
            if (hit >= 0 && hit < end) {
                return false;
            }
        }
        return contextsHold(e, s, end, tokens, contexts)
                && (!entryWholeWord[e]
                        || wholeWords == null
                        || wholeWords.isWholeWord(text, tokens.start(s), tokens.end(end - 1)));
    }

    /** Marks tokens [s, end) as excluded for a list. */
    private static void exclude(BitSet[] excluded, int list, int n, int s, int end) {
        if (excluded[list] == null) {
            excluded[list] = new BitSet(n);
        }
        excluded[list].set(s, end);
    }

    private boolean contextsHold(int e, int s, int end, Tokens tokens, Occurrences[] contexts) {
        for (int[] group : entryNeeds[e]) {
            boolean any = false;
            for (int ctx : group) {
                if (near(ctx, s, end, tokens, contexts)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        for (int ctx : entryUnless[e]) {
            if (near(ctx, s, end, tokens, contexts)) {
                return false;
            }
        }
        return true;
    }

    /** Whether context ctx occurs near tokens [s, end): starting within its window before or after, in the same sentence. */
    private boolean near(int ctx, int s, int end, Tokens tokens, Occurrences[] contexts) {
        Occurrences o = contexts[ctx];
        if (o == null) {
            return false;
        }
        int sentenceStart = tokens.sentence(s);
        int sentenceEnd = tokens.sentence(end - 1);
        int lo = contextBefore[ctx] > 0 ? s - contextBefore[ctx] : s;
        int hi = contextAfter[ctx] > 0 ? end - 1 + contextAfter[ctx] : end - 1;
        for (int i = o.firstStartingAtOrAfter(lo); i < o.size && o.starts[i] <= hi; i++) {
            int os = o.starts[i];
            if (os < s && tokens.sentence(os) != sentenceStart) {
                continue;
            }
            if (os >= end && tokens.sentence(os) != sentenceEnd) {
                continue;
            }
            if (os < s && contextAfter[ctx] > 0 && contextBefore[ctx] == 0) {
                continue;
            }
            int blocker = contextBlockedBy[ctx];
            if (blocker >= 0 && os < s && contexts[blocker] != null) {
                Occurrences b = contexts[blocker];
                int j = b.firstStartingAtOrAfter(o.ends[i]);
                if (j < b.size && b.starts[j] < s) {
                    continue;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Follows the trie of ordered entries from a node reached at token {@code at} (the entry's
     * first token being {@code t}): reports the entries that end here, resolves those that go on
     * after a gap, and steps to the terms of the next token. The depth is bounded by the longest
     * run of words without a gap in the lexicon.
     */
    private void walk(int node, int t, int at, Tokens tokens, int[] terms, int[] termStart, Candidates found) {
        int info = seqInfo[node];
        if ((info & 1) != 0) {
            for (int c = seqCompleteStart[node]; c < seqCompleteStart[node + 1]; c++) {
                found.add(seqCompleteEntries[c], t, at + 1);
            }
        }
        if ((info & 2) != 0) {
            if (seqShared[node] && found.together) {
                matchPendingTogether(node, t, at, tokens, terms, termStart, found);
            } else {
                int[] pending = seqPending[node];
                for (int i = 0; i < pending.length; i++) {
                    int end = matchOrdered(
                            pending[i], at, seqPendingFrom[node][i], at + 1, tokens, terms, termStart, found);
                    if (end > 0) {
                        found.add(pending[i], t, end);
                    }
                }
            }
        }
        int next = at + 1;
        int children = info >>> 2;
        if (children == 0 || next >= tokens.size() || (found.masks[next] & seqNextMask[node]) == 0) {
            return;
        }
        if (children == 1) {
            int only = seqOnlyTerm[node];
            for (int j = termStart[next]; j < termStart[next + 1]; j++) {
                if (terms[j] == only) {
                    walk(seqOnlyChild[node], t, next, tokens, terms, termStart, found);
                }
            }
            return;
        }
        for (int j = termStart[next]; j < termStart[next + 1]; j++) {
            int child = get(seqKeys, seqValues, seqMask, ((long) node << 32) | terms[j]);
            if (child >= 0) {
                walk(child, t, next, tokens, terms, termStart, found);
            }
        }
    }

    /**
     * What {@link #matchOrdered} does for each pending entry of a {@link #seqShared} node, with
     * one scan of the gap for all of them: each entry's next term is its first occurrence in the
     * tokens after {@code at}, in the same sentence, within the entry's own gap; the rest of each
     * entry is then matched on its own. Candidates are added in the same order as one
     * {@code matchOrdered} per entry adds them.
     */
    private void matchPendingTogether(
            int node, int t, int at, Tokens tokens, int[] terms, int[] termStart, Candidates found) {
        int[] pending = seqPending[node];
        int[] gaps = seqPendingGap[node];
        int[] from = seqPendingFrom[node];
        int count = pending.length;
        int[] hit = found.scratch(64);
        int limit = Math.min(tokens.size() - 1, at + 1 + seqPendingMaxGap[node]);
        int sentence = tokens.sentence(at);
        long[] masks = found.masks;
        long wanted = seqNextMask[node];
        // one scan of the gap per group of 64 pending entries (one group but for large lists); the
        // group's entries found within their gap are then matched on in order, as the plain
        // per-entry loop adds them
        for (int base = 0; base < count; base += 64) {
            int group = base >>> 6;
            int inGroup = Math.min(64, count - base);
            long open = inGroup == 64 ? -1L : (1L << inGroup) - 1;
            long hits = 0L;
            for (int j = at + 1; j <= limit && open != 0; j++) {
                if (tokens.sentence(j) != sentence) {
                    break;
                }
                if ((masks[j] & wanted) == 0) {
                    continue;
                }
                int skipped = j - at - 1;
                for (int i = termStart[j]; i < termStart[j + 1]; i++) {
                    long wanting = pendingWanting(node, group, terms[i]) & open;
                    while (wanting != 0) {
                        int p = Long.numberOfTrailingZeros(wanting);
                        wanting &= wanting - 1;
                        if (skipped <= gaps[base + p]) {
                            hit[p] = j;
                            hits |= 1L << p;
                        }
                        open &= ~(1L << p); // its first occurrence decides: within its gap or too far
                    }
                }
            }
            while (hits != 0) {
                int p = Long.numberOfTrailingZeros(hits);
                hits &= hits - 1;
                // from its first occurrence on: the occurrences before it are not of its term
                int end = matchOrdered(pending[base + p], at, from[base + p], hit[p], tokens, terms, termStart, found);
                if (end > 0) {
                    found.add(pending[base + p], t, end);
                }
            }
        }
    }

    /**
     * Most times {@link #matchOrdered} tries a later occurrence of a term after a gap, per match, when
     * the rest of the entry did not follow an earlier one ("просрочк* ...4 по вине банка" in "просрочка по
     * ипотеке по вине банка": the first "по" is followed by "ипотеке", the second by "вине банка"). It
     * bounds the work on a hostile text to a few hundred token reads per match.
     */
    static final int MOST_RETRIES = 64;

    /**
     * Matches the rest of an ordered entry: its term {@code from} at a token from {@code first} on
     * (within the term's gap after token {@code last}, in the same sentence when the gap is not empty),
     * then each next term in turn. When the rest does not follow one occurrence of a term after a gap,
     * the next occurrence within the gap is tried, at most {@value #MOST_RETRIES} times per match; the
     * first occurrence that leads to a whole match is taken.
     *
     * @param e an ordered entry
     * @param last the token its term {@code from - 1} matched
     * @param from the first term still to match
     * @param first the first token to look at for it ({@code last + 1}, or a later token before which
     *     the term does not occur)
     * @return the token just past the match of ordered entry e, or -1
     */
    private int matchOrdered(
            int e, int last, int from, int first, Tokens tokens, int[] terms, int[] termStart, Candidates found) {
        found.retries = MOST_RETRIES;
        return matchRest(e, last, from, first, tokens, terms, termStart, found);
    }

    private int matchRest(
            int e, int last, int from, int first, Tokens tokens, int[] terms, int[] termStart, Candidates found) {
        int base = entryTermStart[e];
        if (from == entryTermStart[e + 1] - base) {
            return last + 1;
        }
        int gap = entryGaps[e][from];
        int limit = Math.min(tokens.size() - 1, last + 1 + gap);
        int sentence = tokens.sentence(last);
        for (int j = first; j <= limit; j++) {
            if (gap > 0 && tokens.sentence(j) != sentence) {
                break;
            }
            if (has(found.masks, terms, termStart, j, entryTermsAll[base + from])) {
                int end = matchRest(e, j, from + 1, j + 1, tokens, terms, termStart, found);
                if (end > 0 || gap == 0 || --found.retries < 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * Tries the any-order entries with this term at token t, in their order. With {@link
     * Candidates#together}, an entry is passed over when the tokens of its window (its sentence,
     * token t aside) lack a term of it by their masks: {@link #matchAnyOrder(int, int, int, Tokens,
     * int[], int[], Candidates)} would find no token for that term there.
     */
    private void matchAnyOrder(int term, int t, Tokens tokens, int[] terms, int[] termStart, Candidates found) {
        long others = ~(1L << term);
        int window = -1;
        long around = 0L;
        for (int e : byAny[term]) {
            if (found.together) {
                if (entryWindow[e] != window) {
                    window = entryWindow[e];
                    around = windowMask(t, window, tokens, found.masks);
                }
                if ((entryAnyMask[e] & others & ~around) != 0) {
                    continue;
                }
            }
            matchAnyOrder(e, t, term, tokens, terms, termStart, found);
        }
    }

    /**
     * @return the union of the term masks of the tokens at most {@code window - 1} from token t,
     *     in its sentence, token t aside: every token {@link #matchAnyOrder(int, int, int, Tokens,
     *     int[], int[], Candidates)} may look at
     */
    private static long windowMask(int t, int window, Tokens tokens, long[] masks) {
        int sentence = tokens.sentence(t);
        long around = 0L;
        int lo = Math.max(0, t - window + 1);
        for (int j = t - 1; j >= lo && tokens.sentence(j) == sentence; j--) {
            around |= masks[j];
        }
        int hi = Math.min(tokens.size() - 1, t + window - 1);
        for (int j = t + 1; j <= hi && tokens.sentence(j) == sentence; j++) {
            around |= masks[j];
        }
        return around;
    }

    private void matchAnyOrder(int e, int t, int term, Tokens tokens, int[] terms, int[] termStart, Candidates found) {
        int wantEnd = entryTermStart[e + 1];
        int window = entryWindow[e];
        int sentence = tokens.sentence(t);
        int lo = Math.max(0, t - window + 1);
        int hi = Math.min(tokens.size() - 1, t + window - 1);
        int from = t;
        int to = t;
        boolean usedTrigger = false;
        for (int k = entryTermStart[e]; k < wantEnd; k++) {
            int w = entryTermsAll[k];
            if (w == term && !usedTrigger) {
                usedTrigger = true;
                continue;
            }
            int best = -1;
            for (int d = 1; d < window && best < 0; d++) {
                int before = t - d;
                int after = t + d;
                if (after <= hi && tokens.sentence(after) == sentence && has(found.masks, terms, termStart, after, w)) {
                    best = after;
                } else if (before >= lo
                        && tokens.sentence(before) == sentence
                        && has(found.masks, terms, termStart, before, w)) {
                    best = before;
                }
            }
            if (best < 0) {
                return;
            }
            from = Math.min(from, best);
            to = Math.max(to, best);
        }
        if (to - from < window) {
            found.add(e, from, to + 1);
        }
    }

    /** @return whether token has the term; the token's mask of terms (bit term % 64) rules most tokens out in one read */
    private static boolean has(long[] masks, int[] terms, int[] termStart, int token, int term) {
        if ((masks[token] & (1L << term)) == 0) {
            return false;
        }
        for (int i = termStart[token]; i < termStart[token + 1]; i++) {
            if (terms[i] == term) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the terms of token t into out from index count; returns the new count. The terms of a
     * word depend on its symbols only (its kind and mask too follow from them), so a word's terms
     * come from the thread's cache when the word was seen lately, in the order it computed them.
     *
     * @param cache the thread's cache of words' terms, or {@code null} to compute them
     */
    private int termsOf(
            NormalizedText text, char[] symbols, Tokens tokens, int t, int[] out, int count, TermCache cache) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        int kind = tokens.kind(t);
        if (kind == Tokens.WORD && tokens.lettersAndDigits(t)) {
            return cachedDigitWordTerms(text, symbols, tokens, t, out, count, cache);
        }
        if (kind == Tokens.WORD && cache != null && end - start <= TermCache.LONGEST) {
            int slot = TermCache.slot(symbols, start, end);
            int got = cache.get(slot, symbols, start, end, out, count);
            if (got >= 0) {
                return got;
            }
            int computed = wordTerms(symbols, tokens, t, start, end, out, count);
            cache.put(slot, symbols, start, end, out, count, computed);
            return computed;
        }
        if (kind != Tokens.NUMBER) {
            return wordTerms(symbols, tokens, t, start, end, out, count);
        }
        if (anyNumber >= 0) {
            out[count++] = anyNumber;
        }
        if (!numbers.isEmpty()) {
            Integer id = numbers.get(text.digits(start));
            if (id != null) {
                out[count++] = id;
            }
        }
        return count;
    }

    /**
     * @param length a token's length in symbols
     * @param extra room for the terms that do not come one per symbol (stems, infixes, numbers)
     * @param masked whether the token is a masked word
     * @return room for every term of the token: of each of its forms (see {@link #wordTerms})
     */
    private int termRoom(int length, int extra, boolean masked) {
        // a word with digits: its own readings (as written, its masks as letters, spelled out,
        // without accents) and those of its two readings as letters, each reading in four forms and
        // up to MOST_LEET_DIGITS letters a symbol
        return 4 * 6 * (MOST_LEET_DIGITS * length + extra + (masked ? maskable.length : 0));
    }

    /**
     * The terms of a token that is not a {@link Tokens#NUMBER}, computed; returns the new count.
     * A word is also read in the forms a writer may have used to hide it, each form's terms
     * added when not already found:
     * <ul>
     *   <li>spelled out ({@link Tokens#spelled}): read as its letters alone;
     *   <li>Latin and Cyrillic letters mixed ("lаwyer" with a Cyrillic а, "идиoт" with a Latin
     *       o): the letters of the script with fewer of them that look like a letter of the other
     *       are read as that letter ({@link #unconfused});
     *   <li>a letter written three times or more in a row ("fuuuucking", "pleeeease",
     *       "terrrrible"): read with each such run written once and written twice. No word of the
     *       languages matched has a letter three times in a row, so the longer run is emphasis.
     * </ul>
     */
    private int wordTerms(char[] symbols, Tokens tokens, int t, int start, int end, int[] out, int count) {
        int kind = tokens.kind(t);
        boolean masked = tokens.masked(t);
        char[] form = symbols;
        int from = start;
        int to = end;
        if (tokens.spelled(t)) {
            form = Tokens.spelledLetters(symbols, start, end);
            from = 0;
            to = form.length;
        }
        if (kind != Tokens.WORD) {
            return formTerms(form, kind, masked, from, to, out, count);
        }
        int first = count;
        count = wordFormTerms(form, from, to, masked, out, count, first);
        if (masked) {
            // "@", "$" and "!" standing for the letters they look like ("l@wyer", "$hit", "b!tch")
            char[] lettered = maskedAsLetters(form, from, to);
            if (lettered != null) {
                count = wordFormTerms(lettered, 0, lettered.length, false, out, count, first);
            }
            // one masking sign between each two letters: a word spelled out ("s*u*e")
            if (spelledWithMasks(form, from, to)) {
                char[] letters = Tokens.spelledLetters(form, from, to);
                count = wordFormTerms(letters, 0, letters.length, false, out, count, first);
            }
        }
        char[] plain = unaccented(form, from, to);
        if (plain != null) {
            // a Latin letter with an accent the languages matched do not write ("śue", "idíot")
            count = wordFormTerms(plain, 0, plain.length, masked, out, count, first);
        }
        return count;
    }

    /**
     * @return the masked word symbols[start, end) with each {@code @} read as {@code a}, each
     *     {@code $} as {@code s} and each {@code !} as {@code i}, or {@code null} when it has
     *     another masking sign or none of these
     */
    private static char[] maskedAsLetters(char[] symbols, int start, int end) {
        char[] out = null;
        for (int i = start; i < end; i++) {
            char c = symbols[i];
            if (c == '@' || c == '$' || c == '!') {
                if (out == null) {
                    out = Arrays.copyOfRange(symbols, start, end);
                }
                out[i - start] = c == '@' ? 'a' : c == '$' ? 's' : 'i';
            } else if (Tokens.isMask(c)) {
                return null;
            }
        }
        return out;
    }

    /**
     * @return whether the masked word symbols[start, end) is its letters with the same masking sign
     *     between each two, at least three letters ("s*u*e", "l*a*w*y*e*r"; not "f*ck")
     */
    private static boolean spelledWithMasks(char[] symbols, int start, int end) {
        int length = end - start;
        if (length < 5 || length % 2 == 0) {
            return false;
        }
        char mask = symbols[start + 1];
        if (!Tokens.masksInWord(mask)) {
            return false;
        }
        for (int i = start; i < end; i += 2) {
            char c = symbols[i];
            if (c == NormalizedText.NUMBER
                    || !CharClass.is(c, CharClass.WORD)
                    || (i + 1 < end && symbols[i + 1] != mask)) {
                return false;
            }
        }
        return true;
    }

    /** The first character of {@link #UNACCENTED}. */
    private static final char FIRST_ACCENTED = '\u00C0';

    /**
     * For each character from {@link #FIRST_ACCENTED} to U+1EFF (Latin-1, Latin Extended A and B,
     * Latin Extended Additional): the ASCII letter it is written with and accents, or 0. Estonian's
     * own letters ({@code õ ä ö ü š ž}) keep theirs: they are letters of that language, not accents
     * on English ones.
     */
    private static final char[] UNACCENTED = unaccentedTable();

    private static char[] unaccentedTable() {
        char[] table = new char[0x1F00 - FIRST_ACCENTED];
        String estonian = "õäöüšžÕÄÖÜŠŽ";
        for (char c = FIRST_ACCENTED; c < 0x1F00; c++) {
            if (estonian.indexOf(c) >= 0 || (c >= 0x0250 && c < 0x1E00)) {
                continue;
            }
            String parts = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            if (parts.length() < 2 || parts.charAt(0) >= 0x80 || !Character.isLetter(parts.charAt(0))) {
                continue;
            }
            boolean accents = true;
            for (int i = 1; i < parts.length(); i++) {
                accents &= Character.getType(parts.charAt(i)) == Character.NON_SPACING_MARK;
            }
            if (accents) {
                table[c - FIRST_ACCENTED] = parts.charAt(0);
            }
        }
        return table;
    }

    /**
     * @return symbols[start, end) with each Latin letter written with accents ({@link #UNACCENTED})
     *     as its plain letter, or {@code null} when it has none
     */
    private static char[] unaccented(char[] symbols, int start, int end) {
        char[] out = null;
        for (int i = start; i < end; i++) {
            char c = symbols[i];
            if (c < FIRST_ACCENTED || c >= 0x1F00) {
                continue;
            }
            char plain = UNACCENTED[c - FIRST_ACCENTED];
            if (plain != 0) {
                if (out == null) {
                    out = Arrays.copyOfRange(symbols, start, end);
                }
                out[i - start] = plain;
            }
        }
        return out;
    }

    /**
     * The terms of one form of a word and of its look-alike and shortened forms ({@link
     * #wordTerms}), those that out[first, count) does not hold yet; returns the new count.
     */
    private int wordFormTerms(char[] form, int from, int to, boolean masked, int[] out, int count, int first) {
        int kind = Tokens.WORD;
        int own = count;
        count = formTerms(form, kind, masked, from, to, out, count);
        if (own > first) {
            count = withoutRepeats(out, first, own, count);
        }
        char[] plain = unconfused(form, from, to);
        if (plain != null) {
            int added = count;
            count = formTerms(plain, kind, masked, 0, plain.length, out, count);
            count = withoutRepeats(out, first, added, count);
            form = plain;
            from = 0;
            to = plain.length;
        }
        if (hasTripledLetter(form, from, to)) {
            for (int keep = 1; keep <= 2; keep++) {
                char[] shorter = shortenedRuns(form, from, to, keep);
                int added = count;
                count = formTerms(shorter, kind, masked, 0, shorter.length, out, count);
                count = withoutRepeats(out, first, added, count);
            }
        }
        return count;
    }

    /**
     * {@link #digitWordTerms} through the cache (a method of its own, so that the common path of
     * {@link #termsOf} stays small).
     */
    private int cachedDigitWordTerms(
            NormalizedText text, char[] symbols, Tokens tokens, int t, int[] out, int count, TermCache cache) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        // the terms depend on the digits, which the symbols do not hold: the key has them
        int len = cache == null ? -1 : cache.withDigits(text, symbols, start, end);
        if (len < 0) {
            return digitWordTerms(text, symbols, tokens, t, start, end, out, count);
        }
        char[] key = cache.scratch;
        int slot = TermCache.slot(key, 0, len);
        int got = cache.get(slot, key, 0, len, out, count);
        if (got >= 0) {
            return got;
        }
        int computed = digitWordTerms(text, symbols, tokens, t, start, end, out, count);
        cache.put(slot, key, 0, len, out, count, computed);
        return computed;
    }

    /**
     * The terms of a word of letters and digits: its own, and those of the word with its digits read
     * as the letters they stand for in "leet" writing ({@code sh1t}, {@code id10t}, {@code c0urt},
     * {@code 4ss}): 0 o, 1 i or l, 3 e, 4 a, 5 s, 7 t, 8 b. A word with another digit, or a run of
     * more than {@value #MOST_LEET_DIGITS} digits, is read as it is.
     */
    private int digitWordTerms(
            NormalizedText text, char[] symbols, Tokens tokens, int t, int start, int end, int[] out, int count) {
        int first = count;
        count = wordTerms(symbols, tokens, t, start, end, out, count);
        boolean masked = tokens.masked(t);
        char[] asI = leetForm(text, symbols, start, end, 'i');
        if (asI != null) {
            count = wordFormTerms(asI, 0, asI.length, masked, out, count, first);
            char[] asL = leetForm(text, symbols, start, end, 'l');
            if (!Arrays.equals(asI, asL)) {
                count = wordFormTerms(asL, 0, asL.length, masked, out, count, first);
            }
        }
        return count;
    }

    /** The longest run of digits in a word that is read as letters. */
    private static final int MOST_LEET_DIGITS = 3;

    /**
     * @param one what a 1 stands for: {@code i} or {@code l}
     * @return the word symbols[start, end) with its digits as letters, or {@code null} when a digit
     *     stands for no letter or a run is too long
     */
    private static char[] leetForm(NormalizedText text, char[] symbols, int start, int end, char one) {
        StringBuilder out = new StringBuilder(end - start + MOST_LEET_DIGITS);
        for (int k = start; k < end; k++) {
            char c = symbols[k];
            if (c != NormalizedText.NUMBER) {
                out.append(c);
                continue;
            }
            String digits = text.digits(k);
            if (digits.length() > MOST_LEET_DIGITS) {
                return null;
            }
            for (int i = 0; i < digits.length(); i++) {
                char letter = leetLetter(digits.charAt(i), one);
                if (letter == 0) {
                    return null;
                }
                out.append(letter);
            }
        }
        char[] form = new char[out.length()];
        out.getChars(0, form.length, form, 0);
        return form;
    }

    /** @return the letter a digit stands for in leet writing, or 0 */
    private static char leetLetter(char digit, char one) {
        return switch (digit) {
            case '0' -> 'o';
            case '1' -> one;
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            default -> 0;
        };
    }

    /**
     * Pairs of a Latin and a Cyrillic letter that look alike (after folding to lower case; the
     * pairs of capitals that look alike, such as H and Н, fold to h and н), as {latin, cyrillic}.
     */
    private static final char[][] LOOK_ALIKES = {
        {'a', 'а'}, {'b', 'в'}, {'c', 'с'}, {'d', 'ԁ'}, {'e', 'е'}, {'h', 'н'}, {'i', 'і'}, {'j', 'ј'},
        {'k', 'к'}, {'l', 'ӏ'}, {'m', 'м'}, {'o', 'о'}, {'p', 'р'}, {'q', 'ԛ'}, {'s', 'ѕ'}, {'t', 'т'},
        {'w', 'ԝ'}, {'x', 'х'}, {'y', 'у'}
    };

    /** Greek letters (folded to lower case) that look like a Latin one, and that letter, in {@link #GREEK_AS_LATIN}. */
    private static final String GREEK = "αβγεζηικμνορτυχως";

    private static final String GREEK_AS_LATIN = "abyezniku" + "voptuxwc";

    private static boolean isGreek(char c) {
        return c >= 0x0370 && c <= 0x03FF;
    }

    /**
     * @return the word symbols[start, end) with its look-alike letters of the script it has fewer
     *     letters of (Latin or Cyrillic; Latin when even) read as the other script's, and Greek
     *     letters among Latin or Cyrillic ones read as the Latin letters they look like first ("lαwyer"),
     *     or {@code null} when it mixes no scripts or nothing changes
     */
    private static char[] unconfused(char[] symbols, int start, int end) {
        char[] greekRead = greekAsLatin(symbols, start, end);
        if (greekRead == null) {
            return latinOrCyrillic(symbols, start, end);
        }
        char[] further = latinOrCyrillic(greekRead, 0, greekRead.length);
        return further != null ? further : greekRead;
    }

    /**
     * @return the word symbols[start, end) with its Greek look-alikes read as the Latin letters they
     *     look like, or {@code null} when it has no Greek letter beside Latin or Cyrillic ones
     */
    private static char[] greekAsLatin(char[] symbols, int start, int end) {
        boolean greek = false;
        boolean other = false;
        for (int i = start; i < end; i++) {
            greek |= isGreek(symbols[i]);
            other |= (CharClass.of(symbols[i]) & (CharClass.LATIN | CharClass.CYRILLIC)) != 0;
        }
        if (!greek || !other) {
            return null;
        }
        char[] out = Arrays.copyOfRange(symbols, start, end);
        for (int i = 0; i < out.length; i++) {
            int at = GREEK.indexOf(out[i]);
            if (at >= 0) {
                out[i] = GREEK_AS_LATIN.charAt(at);
            }
        }
        return out;
    }

    /** {@link #unconfused} for Latin and Cyrillic alone. */
    private static char[] latinOrCyrillic(char[] symbols, int start, int end) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = start; i < end; i++) {
            int f = CharClass.of(symbols[i]);
            latin += (f & CharClass.LATIN) != 0 ? 1 : 0;
            cyrillic += (f & CharClass.CYRILLIC) != 0 ? 1 : 0;
        }
        if (latin == 0 || cyrillic == 0) {
            return null;
        }
        // the script the whole word can be written in wins ("ѕuе", two Cyrillic look-alikes and a Latin
        // u that has none, is "sue"); else the script with more letters
        boolean asLatin = allLookAlike(symbols, start, end, CharClass.CYRILLIC, 1);
        boolean asCyrillic = allLookAlike(symbols, start, end, CharClass.LATIN, 0);
        int minority = asLatin != asCyrillic ? (asLatin ? 1 : 0) : (latin > cyrillic ? 1 : 0);
        char[] out = Arrays.copyOfRange(symbols, start, end);
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            int pair = lookAlikeOf(out[i], minority);
            if (pair >= 0) {
                out[i] = LOOK_ALIKES[pair][1 - minority];
                changed = true;
            }
        }
        return changed ? out : null;
    }

    /**
     * @return whether every letter of the script {@code script} ({@link CharClass#LATIN} or
     *     {@link CharClass#CYRILLIC}) in symbols[start, end) has a look-alike in the other, its
     *     {@code side} of {@link #LOOK_ALIKES} (0 Latin, 1 Cyrillic)
     */
    private static boolean allLookAlike(char[] symbols, int start, int end, int script, int side) {
        for (int i = start; i < end; i++) {
            if ((CharClass.of(symbols[i]) & script) != 0 && lookAlikeOf(symbols[i], side) < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return the index in {@link #LOOK_ALIKES} of the pair whose {@code side} is {@code c}, or -1 */
    private static int lookAlikeOf(char c, int side) {
        for (int p = 0; p < LOOK_ALIKES.length; p++) {
            if (LOOK_ALIKES[p][side] == c) {
                return p;
            }
        }
        return -1;
    }

    /** @return whether symbols[start, end) holds a letter three times in a row */
    private static boolean hasTripledLetter(char[] symbols, int start, int end) {
        for (int i = start + 2; i < end; i++) {
            char c = symbols[i];
            if (c == symbols[i - 1] && c == symbols[i - 2] && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** @return symbols[start, end) with every run of three or more of one letter cut to {@code keep} */
    private static char[] shortenedRuns(char[] symbols, int start, int end, int keep) {
        char[] out = new char[end - start];
        int n = 0;
        int i = start;
        while (i < end) {
            char c = symbols[i];
            int j = i + 1;
            while (j < end && symbols[j] == c) {
                j++;
            }
            int copies = j - i >= 3 && Character.isLetter(c) ? keep : j - i;
            for (int k = 0; k < copies; k++) {
                out[n++] = c;
            }
            i = j;
        }
        return Arrays.copyOf(out, n);
    }

    /** Drops the terms of out[from, count) that out[first, from) already holds; returns the new count. */
    private static int withoutRepeats(int[] out, int first, int from, int count) {
        int n = from;
        for (int i = from; i < count; i++) {
            int term = out[i];
            boolean seen = false;
            for (int k = first; k < n && !seen; k++) {
                seen = out[k] == term;
            }
            if (!seen) {
                out[n++] = term;
            }
        }
        return n;
    }

    /** The terms of one written form of a word or sign; returns the new count. */
    private int formTerms(char[] symbols, int kind, boolean masked, int start, int end, int[] out, int count) {
        // walk the trie: exact forms, prefixes, and whether some stem starts like this word
        int node = 0;
        byte[] flags = nodeFlags;
        boolean stemCandidate = stemmer != null && kind == Tokens.WORD && (flags[0] & NODE_STEM) != 0;
        boolean stemSeen = false;
        for (int i = start; i < end; i++) {
            node = i == start ? rootChild[symbols[i]] : child(node, symbols[i]);
            if (node < 0) {
                break;
            }
            int f = flags[node];
            if (f == 0) {
                continue;
            }
            if ((f & NODE_PREFIX) != 0) {
                out[count++] = nodePrefix[node];
            }
            int stem = f & NODE_STEM;
            if (stem != 0 && i - start + 1 <= STEM_PROBE) {
                stemSeen |= stem == 2 || i - start + 1 == Math.min(STEM_PROBE, end - start);
            }
            if ((f & NODE_EXACT) != 0 && i == end - 1) {
                out[count++] = nodeExact[node];
            }
        }
        if (kind != Tokens.WORD) {
            return count;
        }
        if (hasSuffixes) {
            int s = 0;
            for (int i = end - 1; i >= start; i--) {
                s = get(suffixEdgeKeys, suffixEdgeValues, suffixEdgeMask, ((long) s << 16) | symbols[i]);
                if (s < 0) {
                    break;
                }
                if (suffixNodeTerm[s] >= 0) {
                    out[count++] = suffixNodeTerm[s];
                }
            }
        }
        for (int i = 0; i < infixes.length; i++) {
            if (contains(symbols, start, end, infixChars[i])) {
                out[count++] = infixTerms[i];
            }
        }
        if (stemCandidate && stemSeen) {
            int id = stemTerm(symbols, start, end);
            if (id >= 0) {
                out[count++] = id;
            }
        }
        if (masked && maskable.length > 0) {
            count = maskedTerms(symbols, start, end, out, count);
        }
        return count;
    }

    /** @return whether symbols[start, end) contains the text of part (as {@link String#contains} would say) */
    private static boolean contains(char[] symbols, int start, int end, char[] part) {
        int len = part.length;
        if (len == 0) {
            return true;
        }
        char first = part[0];
        for (int i = start; i <= end - len; i++) {
            if (symbols[i] == first && Arrays.equals(symbols, i + 1, i + len, part, 1, len)) {
                return true;
            }
        }
        return false;
    }

    /** @return the stem term of the word symbols[start, end), or -1 */
    private int stemTerm(char[] symbols, int start, int end) {
        SnowballStemmer p = stemmer.stem(symbols, start, end - start);
        Integer id = stems.get(new String(p.getCurrentBuffer(), 0, p.getCurrentBufferLength()));
        return id == null ? -1 : id;
    }

    /**
     * A small direct-mapped cache of words to their terms, one per thread and matcher. Bounded:
     * {@value #SIZE} words of at most {@value #LONGEST} characters with at most
     * {@value #MOST_TERMS} terms each (a word with more is computed each time). The slot comes
     * from the word's length and four of its characters, not a hash of every character: a
     * per-character hash cost as much as the look-up saved, and two words that share a slot only
     * evict each other (the full word is compared), they never share terms.
     */
    static final class TermCache {
        static final int SIZE = 4096;
        static final int LONGEST = 24;
        static final int MOST_TERMS = 3;
        /** The word of each slot, or {@code null}. */
        final char[][] keys = new char[SIZE][];
        /** Per slot, {@value #MOST_TERMS} + 1 ints: how many terms, then the terms. */
        final int[] values = new int[SIZE * (MOST_TERMS + 1)];
        /** The key of a word of letters and digits ({@link #withDigits}). */
        final char[] scratch = new char[LONGEST];
        /** Per slot, the mask of its word's terms (as {@link #candidates} makes a token's). */
        final long[] masks = new long[SIZE];
        /** Per slot, whether one of its word's terms starts or takes part in an entry. */
        final boolean[] acting = new boolean[SIZE];
        /** The matcher's {@link #termAction}. */
        private final byte[] actions;

        TermCache(byte[] actions) {
            this.actions = actions;
        }

        /**
         * @return the slot that holds word t, a {@link Tokens#WORD} of letters alone, or -1 when
         *     none does (or the word is not one the cache keeps as its symbols: too long, or with
         *     digits)
         */
        int find(char[] s, Tokens tokens, int t) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            if (end - start > LONGEST || tokens.lettersAndDigits(t)) {
                return -1;
            }
            return slotHolding(slot(s, start, end), s, start, end);
        }

        /** Copies the terms of the word in slot {@code at} into out at count; returns the new count. */
        int copy(int at, int[] out, int count) {
            int v = at * (MOST_TERMS + 1);
            int n = values[v];
            for (int i = 1; i <= n; i++) {
                out[count++] = values[v + i];
            }
            return count;
        }

        /**
         * Writes the key of a word of letters and digits into {@link #scratch}: its symbols with
         * each {@link NormalizedText#NUMBER} as its digits (which no symbol is, so no other word
         * has this key).
         *
         * @return the key's length, or -1 when it is longer than {@value #LONGEST}
         */
        int withDigits(NormalizedText text, char[] s, int start, int end) {
            int n = 0;
            for (int k = start; k < end; k++) {
                if (s[k] != NormalizedText.NUMBER) {
                    if (n == LONGEST) {
                        return -1;
                    }
                    scratch[n++] = s[k];
                    continue;
                }
                String digits = text.digits(k);
                if (n + digits.length() > LONGEST) {
                    return -1;
                }
                digits.getChars(0, digits.length(), scratch, n);
                n += digits.length();
            }
            return n;
        }

        /**
         * @param s symbols
         * @param start the word's first symbol
         * @param end the symbol past the word (end &gt; start)
         * @return the word's slot
         */
        static int slot(char[] s, int start, int end) {
            int len = end - start;
            int h = ((s[start] << 16) | s[end - 1]) * 0x9E3779B9;
            h ^= ((s[start + (len >>> 1)] << 16) | s[start + (len >>> 2)]) * 0x85EBCA6B;
            h ^= len * 0xC2B2AE35;
            h ^= h >>> 16;
            return (h * 0x9E3779B9) >>> (32 - 12);
        }

        /**
         * Copies the cached terms of the word into out at count. A word is kept in its slot or in
         * the slot's partner ({@code slot ^ 1}), so two words of one slot do not evict each other.
         *
         * @return the new count, or -1 when neither slot holds the word
         */
        int get(int slot, char[] s, int start, int end, int[] out, int count) {
            int at = slotHolding(slot, s, start, end);
            return at < 0 ? -1 : copy(at, out, count);
        }

        /** @return the slot, or its partner, that holds the word s[start, end), or -1 when neither does */
        private int slotHolding(int slot, char[] s, int start, int end) {
            return holds(slot, s, start, end) ? slot : holds(slot ^ 1, s, start, end) ? slot ^ 1 : -1;
        }

        private boolean holds(int slot, char[] s, int start, int end) {
            char[] k = keys[slot];
            int len = end - start;
            if (k == null || k.length != len) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (k[i] != s[start + i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Keeps the terms out[from, to) of the word, when there are not too many: in its slot, whose
         * word (if any) moves to the partner slot, evicting the partner's.
         */
        void put(int slot, char[] s, int start, int end, int[] out, int from, int to) {
            int n = to - from;
            if (n > MOST_TERMS) {
                return;
            }
            int width = MOST_TERMS + 1;
            if (keys[slot] != null) {
                keys[slot ^ 1] = keys[slot];
                System.arraycopy(values, slot * width, values, (slot ^ 1) * width, width);
                masks[slot ^ 1] = masks[slot];
                acting[slot ^ 1] = acting[slot];
            }
            keys[slot] = Arrays.copyOfRange(s, start, end);
            values[slot * width] = n;
            System.arraycopy(out, from, values, slot * width + 1, n);
            masks[slot] = maskOf(out, from, to);
            acting[slot] = acts(actions, out, from, to);
        }
    }

    /**
     * A masked word ({@code f&$king}) matches a listed word when every unmasked letter agrees: a
     * whole word with at least one letter shown, a listed beginning ({@code выеба*}) with at least
     * two of its letters shown. One letter and a row of stars tell nothing of which word begins so
     * (review sites hide names and contract numbers that way: {@code В********ч}).
     */
    private int maskedTerms(char[] symbols, int start, int end, int[] out, int count) {
        int len = end - start;
        for (int m = 0; m < maskable.length && count < out.length; m++) {
            String w = maskable[m];
            boolean prefix = maskablePrefix[m];
            if (prefix ? len < w.length() : len != w.length()) {
                continue;
            }
            int letters = 0;
            boolean ok = true;
            for (int i = 0; i < w.length() && ok; i++) {
                char c = symbols[start + i];
                if (Tokens.masksInWord(c)) {
                    continue;
                }
                letters++;
                ok = c == w.charAt(i);
            }
            if (ok && letters >= (prefix ? 2 : 1) && !Tokens.isMask(symbols[start])) {
                out[count++] = maskableTerms[m];
            }
        }
        return count;
    }

    /** Builds the term tables. */
    private static final class Builder {
        final Map<Long, Integer> edges = new HashMap<>();
        final Map<Integer, Integer> nodeExact = new HashMap<>();
        final Map<Integer, Integer> nodePrefix = new HashMap<>();
        final Map<Integer, Byte> nodeStem = new HashMap<>();
        int nodeCount = 1;
        final Map<Long, Integer> suffixEdges = new HashMap<>();
        final Map<Integer, Integer> suffixNodeTerm = new HashMap<>();
        int suffixNodeCount = 1;
        final Map<String, Integer> infixes = new LinkedHashMap<>();
        final Map<String, Integer> stems = new HashMap<>();
        final Map<String, Integer> numbers = new HashMap<>();
        int anyNumber = -1;
        /** The id of each term, by kind and text (not by the record: its hash is slow before the JIT has warmed up). */
        final Map<Lexicon.TermKind, Map<String, Integer>> ids = new EnumMap<>(Lexicon.TermKind.class);

        int termCount;
        final List<String> maskable = new ArrayList<>();
        final List<Integer> maskableTerms = new ArrayList<>();
        final List<Boolean> maskablePrefix = new ArrayList<>();
        /** The stem of each lexicon word stemmed so far (the expanded alternatives repeat words). */
        final Map<String, String> stemmed = new HashMap<>();

        int termCount() {
            return termCount;
        }

        int[] intArray(Map<Integer, Integer> map) {
            int[] out = new int[nodeCount];
            Arrays.fill(out, -1);
            map.forEach((k, v) -> out[k] = v);
            return out;
        }

        int term(Lexicon.Term term, Stemmer stemmer, boolean maskableList) {
            Lexicon.Term key = term;
            if (term.kind() == Lexicon.TermKind.STEM) {
                boolean word = isWord(term.text());
                key = stemmer != null && word
                        ? new Lexicon.Term(Lexicon.TermKind.STEM, stemmed.computeIfAbsent(term.text(), stemmer::stem))
                        : new Lexicon.Term(Lexicon.TermKind.EXACT, term.text());
            }
            if (key.kind() == Lexicon.TermKind.STEM) {
                markStemStart(term.text());
            }
            Map<String, Integer> ofKind = ids.computeIfAbsent(key.kind(), k -> new HashMap<>());
            Integer known = ofKind.get(key.text());
            if (known != null) {
                return known;
            }
            int id = termCount++;
            ofKind.put(key.text(), id);
            String text = key.text();
            switch (key.kind()) {
                case EXACT -> nodeExact.put(walk(text), id);
                case PREFIX -> nodePrefix.put(walk(text), id);
                case STEM -> {
                    stems.put(text, id);
                    markStemStart(text);
                }
                case SUFFIX -> {
                    int node = 0;
                    for (int i = text.length() - 1; i >= 0; i--) {
                        long edge = ((long) node << 16) | text.charAt(i);
                        Integer next = suffixEdges.get(edge);
                        if (next == null) {
                            next = suffixNodeCount++;
                            suffixEdges.put(edge, next);
                        }
                        node = next;
                    }
                    suffixNodeTerm.put(node, id);
                }
                case INFIX -> infixes.put(text, id);
                case ANY_NUMBER -> anyNumber = id;
                case NUMBER -> numbers.put(text, id);
                default -> throw new IllegalStateException(key.kind().name());
            }
            if (maskableList
                    && (key.kind() == Lexicon.TermKind.EXACT
                            || key.kind() == Lexicon.TermKind.PREFIX
                            || key.kind() == Lexicon.TermKind.STEM)
                    && term.text().length() >= 3
                    && isWord(term.text())) {
                maskable.add(term.text());
                maskableTerms.add(id);
                maskablePrefix.add(key.kind() == Lexicon.TermKind.PREFIX);
            }
            return id;
        }

        /**
         * Marks the first {@value #STEM_PROBE} characters of a stem or of a listed word as a start
         * that a text word must share before it is stemmed.
         */
        private void markStemStart(String text) {
            int node = 0;
            for (int i = 0; i < Math.min(STEM_PROBE, text.length()); i++) {
                node = child(node, text.charAt(i));
                byte mark = (byte) (text.length() < STEM_PROBE && i == text.length() - 1 ? 2 : 1);
                nodeStem.merge(node, mark, (a, b) -> (byte) Math.max(a, b));
            }
            nodeStem.merge(0, (byte) 1, (a, b) -> (byte) Math.max(a, b));
        }

        private static boolean isWord(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!(c == NormalizedText.NUMBER || c == '\'' || CharClass.is(c, CharClass.WORD))) {
                    return false;
                }
            }
            return !text.isEmpty();
        }

        private int walk(String text) {
            int node = 0;
            for (int i = 0; i < text.length(); i++) {
                node = child(node, text.charAt(i));
            }
            return node;
        }

        private int child(int node, char c) {
            long edge = ((long) node << 16) | c;
            Integer next = edges.get(edge);
            if (next == null) {
                next = nodeCount++;
                edges.put(edge, next);
            }
            return next;
        }
    }

    /** A growable list of (entry, first token, token past the end). */
    static final class Candidates {
        int[] entries = new int[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int size;
        /** Whether the fast paths are taken (see {@link #candidateList}). */
        boolean together;
        /** Whether this list is the thread's, kept for its next text (so are its occurrence lists). */
        boolean reusable;
        /** How many more later occurrences {@link #matchOrdered} may try for the match at hand. */
        int retries;
        /**
         * The thread's lists of context occurrences, by context, kept between texts: a context that
         * occurs often (the first person, a negation) would otherwise grow a new list each time.
         */
        private Occurrences[] occurrences = new Occurrences[0];

        /** @return the thread's occurrence list for context ctx, emptied */
        Occurrences occurrences(int ctx) {
            if (ctx >= occurrences.length) {
                occurrences = Arrays.copyOf(occurrences, Math.max(ctx + 1, 2 * occurrences.length));
            }
            Occurrences o = occurrences[ctx];
            if (o == null) {
                o = new Occurrences();
                occurrences[ctx] = o;
            }
            o.size = 0;
            return o;
        }

        private int[] scratch;

        /** @return an array of at least {@code length} ints for a caller that does not nest its use */
        int[] scratch(int length) {
            if (scratch == null || scratch.length < length) {
                scratch = new int[Math.max(length, 1)];
            }
            return scratch;
        }

        /** For each token, bit (term % 64) set for each of its terms. */
        long[] masks = NO_LONGS;

        private int[] active = NO_INTS;

        /** @return an array for the indices of up to {@code n} tokens */
        int[] active(int n) {
            if (active.length < n) {
                active = new int[Math.max(n, 256)];
            }
            return active;
        }

        /** @return an array for the term masks of {@code n} tokens */
        long[] masks(int n) {
            if (masks.length < n) {
                masks = new long[Math.max(n, 256)];
            }
            return masks;
        }

        /** @return this list emptied, for the next text */
        Candidates clear() {
            size = 0;
            return this;
        }

        void add(int entry, int start, int end) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            entries[size] = entry;
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    /**
     * Shares equal per-entry arrays: the entries a line of alternatives expands to have the same gaps and
     * contexts, each its own array otherwise (the Chinese lists of 2026-11-28: 48,000 entries, about 2 MB
     * of such copies). What it returns must never be written to, as with {@link #shareZeros}.
     */
    static final class Interner {
        /** By content: an {@link IntBuffer} compares and hashes the ints it wraps. */
        private final Map<IntBuffer, int[]> ints = new HashMap<>();
        /** By the shared arrays they hold: a list compares its elements, here by identity. */
        private final Map<List<int[]>, int[][]> arrays = new HashMap<>();

        /** @return the first array met with {@code a}'s content (so also one all-zero array per length) */
        int[] ints(int[] a) {
            return a.length == 0 ? NO_INTS : ints.computeIfAbsent(IntBuffer.wrap(a), k -> a);
        }

        /** @return the first array of arrays met with {@code a}'s content, its arrays shared too */
        int[][] arrays(int[][] a) {
            if (a.length == 0) {
                return NO_INT_ARRAYS;
            }
            for (int i = 0; i < a.length; i++) {
                a[i] = ints(a[i]);
            }
            return arrays.computeIfAbsent(Arrays.asList(a), k -> a);
        }

        /** @return {@code all}, each of its arrays replaced by the shared one */
        int[][] each(int[][] all) {
            for (int i = 0; i < all.length; i++) {
                all[i] = ints(all[i]);
            }
            return all;
        }

        /** @return {@code all}, each of its arrays of arrays replaced by the shared one */
        int[][][] each(int[][][] all) {
            for (int i = 0; i < all.length; i++) {
                all[i] = arrays(all[i]);
            }
            return all;
        }
    }

    /**
     * Arrays of ints kept as one: the i-th is {@code all[start[i] .. start[i + 1])}. Millions of small arrays would
     * each cost a header and padding (about 16 bytes) more than their ints.
     */
    record Joined(int[] start, int[] all) {
        /** @return {@code arrays} joined in their order */
        static Joined of(int[][] arrays) {
            int[] start = new int[arrays.length + 1];
            for (int i = 0; i < arrays.length; i++) {
                start[i + 1] = start[i] + arrays[i].length;
            }
            int[] all = new int[start[arrays.length]];
            for (int i = 0; i < arrays.length; i++) {
                System.arraycopy(arrays[i], 0, all, start[i], arrays[i].length);
            }
            return new Joined(start, all);
        }
    }

    /** Occurrences of one context, sorted by first token. */
    static final class Occurrences {
        int[] starts = new int[8];
        int[] ends = new int[8];
        int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        void sort() {
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) {
                sorted = starts[i - 1] <= starts[i];
            }
            if (sorted) {
                return;
            }
            long[] packed = new long[size];
            for (int i = 0; i < size; i++) {
                packed[i] = ((long) starts[i] << 32) | ends[i];
            }
            Arrays.sort(packed);
            for (int i = 0; i < size; i++) {
                starts[i] = (int) (packed[i] >>> 32);
                ends[i] = (int) packed[i];
            }
        }

        int firstStartingAtOrAfter(int token) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < token) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
