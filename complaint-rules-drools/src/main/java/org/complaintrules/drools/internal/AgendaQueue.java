package org.complaintrules.drools.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kind of queue Drools keeps each agenda group's waiting rules in. Drools reads it once per JVM,
 * from the system property {@value #PROPERTY}, when it first makes an agenda: {@code treeset}
 * (Drools' default) or {@code binaryheap}. Both give the same firing order, because Drools' conflict
 * resolver orders the rules totally (salience, then load order, then the rule's node); the binary
 * heap costs less for every rule that is queued and fired (an array instead of a red-black tree that
 * allocates a node per entry), which is about a tenth of the engine's work on the bundled policy.
 *
 * <p>So the library asks for the binary heap, before it builds its first rule base, unless the
 * property is set already: a host that wants Drools' default sets {@code -Dorg.drools.queuetype=treeset}.
 * The request has no effect when Drools made an agenda in this JVM before the library was loaded.
 */
public final class AgendaQueue {
    /** The system property Drools reads the queue type from. */
    public static final String PROPERTY = "org.drools.queuetype";
    /** The queue type the library asks for. */
    public static final String BINARY_HEAP = "binaryheap";

    private static final Logger LOG = LoggerFactory.getLogger(AgendaQueue.class);

    static {
        try {
            String set = System.getProperty(PROPERTY);
            if (set == null) {
                System.setProperty(PROPERTY, BINARY_HEAP);
            } else {
                LOG.debug("the agenda queue is the host's: {}={}", PROPERTY, set);
            }
        } catch (SecurityException e) {
            LOG.debug("cannot set {}; Drools keeps its default queue: {}", PROPERTY, e.toString());
        }
    }

    private AgendaQueue() {}

    /** Asks for the binary-heap queue if nobody chose one yet; the first call does it, later calls nothing. */
    public static void prefer() {
        // the work is in the class's initialiser: once per JVM, before anything of Drools' agenda is made
    }
}
