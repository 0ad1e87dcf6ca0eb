package org.complaintrules.drools.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The sessions of one compiled policy: a pool of sessions (reset when handed back) over the shared
 * rule base. A session whose case failed or ran out of time is discarded, never handed back: it may
 * be half way through a firing, or still in use by a runaway thread. Drools' pool keeps a reference
 * to every session it made, so after {@value #DISCARDS_PER_POOL} discards the pool itself is replaced
 * and the old one, with its discarded sessions, becomes garbage once no call uses it.
 */
public final class Sessions {
    /** Sessions kept ready; the pool grows on demand beyond it. */
    static final int POOL_SIZE = 4;
    /** Discarded sessions after which a fresh pool replaces the current one. */
    static final int DISCARDS_PER_POOL = 32;

    private final KieBase kieBase;
    private final Map<String, SingletonFacts.Kind> globals;
    private final RuleIds ruleIds;
    private final AtomicReference<KieSessionsPool> pool = new AtomicReference<>();
    private final AtomicInteger discarded = new AtomicInteger();

    /** @param kieBase the compiled rules, with no globals the engine sets */
    public Sessions(KieBase kieBase) {
        this(kieBase, Map.of());
    }

    /**
     * @param kieBase the compiled rules
     * @param globals the globals that stand for the engine's one-per-case facts ({@link SingletonFacts})
     */
    Sessions(KieBase kieBase, Map<String, SingletonFacts.Kind> globals) {
        this.kieBase = kieBase;
        this.globals = Map.copyOf(globals);
        this.ruleIds = new RuleIds(kieBase);
        pool.set(kieBase.newKieSessionsPool(POOL_SIZE));
    }

    /** @return a clean session, ready for one case */
    public KieSession take() {
        return pool.get().newKieSession();
    }

    /**
     * Sets the globals that stand for the case's one-per-case facts; call before inserting any fact
     * (a reset session has none).
     *
     * @param session a session from {@link #take()}
     * @param facts the case's facts, among them its {@code PolicySettings} and {@code AdviceDraft}
     */
    public void bind(KieSession session, List<Object> facts) {
        if (globals.isEmpty()) {
            return;
        }
        for (Map.Entry<String, SingletonFacts.Kind> g : globals.entrySet()) {
            for (Object f : facts) {
                if (g.getValue().type.isInstance(f)) {
                    session.setGlobal(g.getKey(), f);
                    break;
                }
            }
        }
    }

    /** @param session a session whose case ended normally: reset and kept for the next case */
    public void giveBack(KieSession session) {
        session.dispose();
    }

    /** @param session a session whose case failed: never used again */
    public void discard(KieSession session) {
        if (discarded.incrementAndGet() % DISCARDS_PER_POOL == 0) {
            pool.set(kieBase.newKieSessionsPool(POOL_SIZE));
        }
    }

    /** @return each rule's audit entry */
    RuleIds ruleIds() {
        return ruleIds;
    }

    /** @return how many sessions were discarded so far */
    public int discardedCount() {
        return discarded.get();
    }
}
