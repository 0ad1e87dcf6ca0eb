package org.complaintrules.drools.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.complaintrules.api.RegulatoryProfile;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.complaintrules.drools.TestCases;
import org.junit.jupiter.api.Test;

/** Building again from the same rule files reuses their rule base; anything else compiles afresh. */
class RuleBaseCacheTest {
    private static final String PROPERTIES = TestCases.MINIMAL_PROPERTIES + "escalation.manyContacts=%s\n";

    /** A package name of its own per test, so no other test's compile is reused by accident. */
    private static PolicyFile rules(String pkg) {
        return new PolicyFile("rules.drl", """
                package %s;
                import org.complaintrules.api.*;
                import org.complaintrules.drools.model.*;

                rule "Many contacts escalate"
                    @id(C-1)
                    @description("d")
                when
                    $p : PolicySettings()
                    Conversation( contacts >= $p.whole("escalation.manyContacts") )
                    $d : AdviceDraft()
                then
                    $d.escalate( EscalationLevel.SUPERVISOR, "MANY_CONTACTS" );
                end
                """.formatted(pkg));
    }

    private static List<PolicyFile> policy(String pkg, String manyContacts) {
        return List.of(new PolicyFile(PolicyLoader.PROPERTIES, PROPERTIES.formatted(manyContacts)), rules(pkg));
    }

    @Test
    void anotherProfileOrOtherValuesReuseTheRuleBaseWithTheirOwnSettingsAndSessions() {
        CompiledPolicy first = PolicyCompiler.compile(policy("cache.reuse", "3"), Map.of(), null);
        CompiledPolicy fca = PolicyCompiler.compile(policy("cache.reuse", "3"), Map.of(), RegulatoryProfile.UK_FCA);
        CompiledPolicy other = PolicyCompiler.compile(policy("cache.reuse", "5"), Map.of("currency", "GBP"), null);

        assertThat(fca.kieBase()).isSameAs(first.kieBase());
        assertThat(other.kieBase()).isSameAs(first.kieBase());
        assertThat(fca.sessions()).isNotSameAs(first.sessions());
        assertThat(fca.settings().profile()).isEqualTo(RegulatoryProfile.UK_FCA);
        assertThat(first.settings().profile()).isEqualTo(RegulatoryProfile.GENERIC);
        assertThat(other.settings().currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(other.settings().whole("escalation.manyContacts")).isEqualTo(5);
        assertThat(fca.info().checksum()).isNotEqualTo(first.info().checksum());
        assertThat(fca.rules()).isEqualTo(first.rules());
    }

    @Test
    void changedRulesAnUnsandboxedBuildOrTheOtherJoinStrategyCompileAfresh() {
        CompiledPolicy first = PolicyCompiler.compile(policy("cache.fresh", "3"), Map.of(), null);
        CompiledPolicy changed = PolicyCompiler.compile(policy("cache.fresh2", "3"), Map.of(), null);
        PolicyCompiler.Options unsandboxed = new PolicyCompiler.Options(false, false, List.of());
        CompiledPolicy trusted = PolicyCompiler.compile(policy("cache.fresh", "3"), Map.of(), null, unsandboxed);
        CompiledPolicy trustedAgain = PolicyCompiler.compile(policy("cache.fresh", "3"), Map.of(), null, unsandboxed);
        CompiledPolicy joins = PolicyCompiler.compile(
                policy("cache.fresh", "3"),
                Map.of(),
                null,
                PolicyCompiler.Options.defaults().withSingletonGlobals(false));

        assertThat(changed.kieBase()).isNotSameAs(first.kieBase());
        assertThat(trusted.kieBase()).isNotSameAs(first.kieBase());
        assertThat(trustedAgain.kieBase()).isNotSameAs(trusted.kieBase());
        assertThat(joins.kieBase()).isNotSameAs(first.kieBase());
    }

    @Test
    void aReusedRuleBaseStillHasItsValuesChecked() {
        PolicyCompiler.compile(policy("cache.checked", "3"), Map.of(), null);

        assertThatThrownBy(() -> PolicyCompiler.compile(policy("cache.checked", "many"), Map.of(), null))
                .isInstanceOfSatisfying(
                        RuleCompilationException.class,
                        e -> assertThat(e.problems())
                                .extracting(RuleProblem::message)
                                .anySatisfy(m -> assertThat(m).contains("escalation.manyContacts", "many")));
    }

    @Test
    void aPolicyThatFailsIsNotKeptAndFailsTheSameWayEachTime() {
        List<PolicyFile> broken = List.of(
                new PolicyFile(PolicyLoader.PROPERTIES, PROPERTIES.formatted("3")), new PolicyFile("rules.drl", """
                        package cache.broken;
                        import org.complaintrules.api.*;
                        rule "Unknown" @id(B-1) when NoSuchFact() then end
                        """));
        String key = RuleBaseCache.key(broken.subList(1, 2), true);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> PolicyCompiler.compile(broken, Map.of(), null))
                    .isInstanceOfSatisfying(
                            RuleCompilationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(RuleProblem::toString)
                                    .anySatisfy(p -> assertThat(p).startsWith("rules.drl:3:")));
        }
        assertThat(PolicyCompiler.cache().get(key)).isNull();
        PolicyCompiler.compile(policy("cache.kept", "3"), Map.of(), null);
        assertThat(PolicyCompiler.cache().get(RuleBaseCache.key(List.of(rules("cache.kept")), true)))
                .isNotNull();
    }

    @Test
    void theCacheKeepsTheMostRecentlyUsedAndKeysFollowTheFilesAndTheirOrder() {
        RuleBaseCache cache = new RuleBaseCache();
        CompiledPolicy p = PolicyCompiler.compile(policy("cache.lru", "3"), Map.of(), null);
        RuleBaseCache.Entry entry = new RuleBaseCache.Entry(p.kieBase(), List.of(), Map.of(), p.rules(), p.code());
        for (int i = 0; i <= RuleBaseCache.MAX_ENTRIES; i++) {
            cache.put("k" + i, entry);
            assertThat(cache.get("k0")).as("the first, used each time, stays").isSameAs(entry);
        }
        assertThat(cache.size()).isEqualTo(RuleBaseCache.MAX_ENTRIES);
        assertThat(cache.get("k1")).as("the least recently used left").isNull();

        PolicyFile a = rules("cache.a");
        PolicyFile b = rules("cache.b");
        assertThat(RuleBaseCache.key(List.of(a, b), true))
                .isEqualTo(RuleBaseCache.key(List.of(a, b), true))
                .isNotEqualTo(RuleBaseCache.key(List.of(b, a), true))
                .isNotEqualTo(RuleBaseCache.key(List.of(a, b), false))
                .isNotEqualTo(RuleBaseCache.key(List.of(a), true));
    }
}
