package org.complaintrules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Conversation;
import org.complaintrules.json.CaseReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {
    private final CaseGenerator gen = CaseGenerator.builder().build();

    @Test
    void aHoldingPropertyRunsEveryCaseAndReportsTheLabels() {
        AtomicInteger n = new AtomicInteger();
        PropertyResult r = PropertyCheck.run("counts", gen, 300, 5, c -> n.incrementAndGet());
        assertThat(r.passed()).isTrue();
        assertThat(n.get()).isEqualTo(300);
        assertThat(r.tried()).isEqualTo(300);
        assertThat(r.coverage().cases()).isEqualTo(300);
        assertThat(r.minimalJson()).isNull();
        r.throwIfFailed();
    }

    @Test
    void checkThrowsWithTheSeedAndAMinimalJsonCounterexample() {
        assertThatThrownBy(() -> PropertyCheck.check(
                        "no case has two contacts",
                        gen,
                        500,
                        c -> assertThat(c.complaintCase().conversation().contacts())
                                .isLessThan(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed=" + PropertyCheck.seed())
                .hasMessageContaining("-Dcomplaint.properties.seed=")
                .hasMessageContaining("{\"complaint\":{\"id\":\"C-1\"")
                .hasMessageContaining("\"conversation\":{\"contacts\":2,\"offersRejected\":0}");
    }

    @Test
    void anExceptionIsAFailureTooAndIsMinimisedAsTheSameKind() {
        PropertyResult r = PropertyCheck.run("text is never null", gen, 500, 3, c -> {
            if (c.complaintCase().complaint().text().isEmpty()) {
                throw new IllegalStateException("empty");
            }
        });
        assertThat(r.failed()).isTrue();
        assertThat(r.minimalFailure()).isInstanceOf(NullPointerException.class);
        assertThat(r.minimal().complaintCase().complaint().text()).isNull();
    }

    @Test
    void aMetamorphicPropertyReRunsItsDerivationOnEveryShrunkCaseAndShowsTheDerivedCase() {
        CaseProperty p = CaseProperty.pair(
                c -> new ComplaintCase(
                        c.complaintCase().complaint(),
                        c.complaintCase().customer(),
                        new Conversation(
                                c.complaintCase().conversation().contacts(),
                                c.complaintCase().conversation().offersRejected() + 1,
                                c.complaintCase().conversation().lastOffer())),
                (first, second) -> assertThat(second.conversation().offersRejected())
                        .isLessThanOrEqualTo(
                                first.complaintCase().conversation().offersRejected()));
        PropertyResult r = PropertyCheck.run("one more rejected offer is never more", gen, 200, 1, p);
        assertThat(r.failed()).isTrue();
        assertThat(r.minimal().complaintCase().conversation()).isEqualTo(Conversation.first());
        assertThat(r.minimalFailure().getMessage()).contains("derived case: {\"complaint\"", "\"offersRejected\":1");
        Complaint m = CaseReader.create().readCase(r.minimalJson()).complaint();
        assertThat(m.text()).isNull();
    }

    @Test
    void forAllGivesOneDynamicTestThatFailsWithTheReport() {
        List<DynamicTest> tests = PropertyCheck.forAll("always false", gen, 10, CaseProperty.that("never", c -> false))
                .toList();
        assertThat(tests).hasSize(1);
        assertThat(tests.get(0).getDisplayName()).contains("always false", "10 cases", "seed=");
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).hasMessageContaining("does not hold: never");
    }

    @Test
    void theCaseCountAndSeedComeFromSystemProperties() {
        String cases = System.getProperty(PropertyCheck.CASES_PROPERTY);
        String seed = System.getProperty(PropertyCheck.SEED_PROPERTY);
        try {
            System.setProperty(PropertyCheck.CASES_PROPERTY, "123");
            System.setProperty(PropertyCheck.SEED_PROPERTY, "77");
            assertThat(PropertyCheck.cases()).isEqualTo(123);
            assertThat(PropertyCheck.seed()).isEqualTo(77);
            System.setProperty(PropertyCheck.CASES_PROPERTY, "lots");
            assertThatThrownBy(PropertyCheck::cases)
                    .hasMessageContaining("complaint.properties.cases")
                    .hasMessageContaining("lots");
        } finally {
            restore(PropertyCheck.CASES_PROPERTY, cases);
            restore(PropertyCheck.SEED_PROPERTY, seed);
        }
    }

    private static List<String> ids(Gen<GeneratedCase> generator) {
        List<String> ids = new java.util.ArrayList<>();
        PropertyCheck.check(
                "ids", generator, 3, c -> ids.add(c.complaintCase().complaint().id()));
        return ids;
    }

    private static List<String> ids(java.util.stream.Stream<GeneratedCase> cases) {
        return cases.map(c -> c.complaintCase().complaint().id()).toList();
    }

    @Test
    void checkDrawsFromTheSeedGivenToTheGeneratorBeforeTheSystemProperty() {
        String seed = System.getProperty(PropertyCheck.SEED_PROPERTY);
        try {
            System.setProperty(PropertyCheck.SEED_PROPERTY, "77");
            List<String> seven = ids(CaseGenerator.builder().seed(7).build());
            assertThat(seven).isEqualTo(ids(CaseGenerator.builder().seed(7).build().stream(3)));
            assertThat(ids(CaseGenerator.builder().seed(8).build()))
                    .isEqualTo(ids(CaseGenerator.builder().seed(8).build().stream(3)))
                    .isNotEqualTo(seven);
            assertThat(PropertyCheck.forAll("p", CaseGenerator.builder().seed(7).build(), 3, c -> {})
                            .toList()
                            .get(0)
                            .getDisplayName())
                    .contains("seed=7]");
        } finally {
            restore(PropertyCheck.SEED_PROPERTY, seed);
        }
    }

    @Test
    void aGeneratorMadeFromASeededOneKeepsItsSeed() {
        String seed = System.getProperty(PropertyCheck.SEED_PROPERTY);
        try {
            System.setProperty(PropertyCheck.SEED_PROPERTY, "77");
            CaseGenerator seven = CaseGenerator.builder().seed(7).build();
            Gen<GeneratedCase> filtered = seven.filter(c -> true);
            Gen<GeneratedCase> mapped = seven.map(c -> c).filter(c -> true);
            Gen<GeneratedCase> flat = seven.flatMap(Gen::constant);

            assertThat(filtered.givenSeed()).hasValue(7);
            assertThat(mapped.givenSeed()).hasValue(7);
            assertThat(ids(filtered)).isEqualTo(ids(seven)).isEqualTo(ids(seven.stream(3)));
            assertThat(ids(mapped)).isEqualTo(ids(seven));
            assertThat(ids(flat)).isEqualTo(ids(seven));
            assertThatThrownBy(() -> PropertyCheck.check("never", mapped, 4, CaseProperty.that("never", c -> false)))
                    .hasMessageContaining("seed=7;")
                    .hasMessageNotContaining("-Dcomplaint.properties.seed=");
            // a generator without a seed in code, derived or not, reads the system property
            assertThat(CaseGenerator.builder().build().filter(c -> true).givenSeed())
                    .isEmpty();
            assertThat(ids(gen.filter(c -> true))).isEqualTo(ids(gen.stream(77, 3)));
        } finally {
            restore(PropertyCheck.SEED_PROPERTY, seed);
        }
    }

    @Test
    void checkWithoutASeedInCodeReadsTheSystemPropertyAndSaysSoInTheFailure() {
        String seed = System.getProperty(PropertyCheck.SEED_PROPERTY);
        String cases = System.getProperty(PropertyCheck.CASES_PROPERTY);
        try {
            System.setProperty(PropertyCheck.SEED_PROPERTY, "77");
            System.setProperty(PropertyCheck.CASES_PROPERTY, "5");
            assertThat(ids(gen)).isEqualTo(ids(gen.stream(77, 3)));
            assertThatThrownBy(() -> PropertyCheck.check("never", gen, CaseProperty.that("never", c -> false)))
                    .hasMessageContaining("replay with -Dcomplaint.properties.seed=77 -Dcomplaint.properties.cases=5");
            assertThatThrownBy(() -> PropertyCheck.check("never", gen, 4, CaseProperty.that("never", c -> false)))
                    .as("a case count given in code is not read from the property, so the replay does not name it")
                    .hasMessageContaining("replay with -Dcomplaint.properties.seed=77)")
                    .hasMessageNotContaining("-Dcomplaint.properties.cases=");
        } finally {
            restore(PropertyCheck.SEED_PROPERTY, seed);
            restore(PropertyCheck.CASES_PROPERTY, cases);
        }
    }

    @Test
    void aFailureWithASeedInCodeSaysHowToReplayThatCallNotTheSystemProperty() {
        assertThatThrownBy(() -> PropertyCheck.check(
                        "never", CaseGenerator.builder().seed(7).build(), 4, CaseProperty.that("never", c -> false)))
                .hasMessageContaining("seed=7;")
                .hasMessageContaining("its seed 7 is set in the code by CaseGenerator.builder().seed(7)")
                .hasMessageNotContaining("-Dcomplaint.properties.seed=");
        PropertyResult r = PropertyCheck.run("never", gen, 4, 9, CaseProperty.that("never", c -> false));
        assertThat(r.replay())
                .isEqualTo("replay: call PropertyCheck.run again with seed 9 and 4 cases "
                        + "(run does not read -Dcomplaint.properties.seed)");
        assertThat(r.report()).contains(r.replay()).doesNotContain("-Dcomplaint.properties.seed=");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void aPreconditionIsCountedAndOnlyItsCasesAreChecked() {
        AtomicInteger checked = new AtomicInteger();
        PropertyResult r = PropertyCheck.run(
                "surveys are checked", gen, 400, 5, CaseProperty.given("a survey", c -> c.has("channel=SURVEY"), c -> {
                    assertThat(c.has("channel=SURVEY")).isTrue();
                    checked.incrementAndGet();
                }));
        assertThat(r.passed()).isTrue();
        assertThat(r.precondition()).isEqualTo("a survey");
        assertThat(r.preconditionHeld()).isEqualTo(checked.get()).isPositive().isLessThan(400);
        assertThat(r.preconditionPercent()).isGreaterThanOrEqualTo(PropertyCheck.MIN_PRECONDITION_PERCENT);
        assertThat(r.report()).contains("precondition \"a survey\" held in " + checked.get() + " of 400 cases (");
    }

    @Test
    void aPreconditionThatRarelyHoldsFailsTheProperty() {
        // a VIP who writes through a survey under the AU profile: far under 5% of the cases
        CaseProperty rare = CaseProperty.given(
                "a VIP survey under AU_ASIC",
                c -> c.has("segment=VIP") && c.has("channel=SURVEY") && c.has("profile=AU_ASIC"),
                c -> {});
        PropertyResult r = PropertyCheck.run("rare", gen, 300, 5, rare);
        assertThat(r.preconditionHeld()).isLessThan(15);
        assertThat(r.failed()).isTrue();
        assertThat(r.preconditionRarelyHeld()).isTrue();
        assertThat(r.minimal()).isNull();
        assertThatThrownBy(r::throwIfFailed)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was hardly tested: its precondition \"a VIP survey under AU_ASIC\" held in")
                .hasMessageContaining("under 5%");
    }

    @Test
    void theMinimiserKeepsThePreconditionTrue() {
        PropertyResult r = PropertyCheck.run(
                "a legal threat has no text",
                gen,
                500,
                9,
                CaseProperty.given(
                        "a legal threat in the text",
                        c -> c.complaintCase().complaint().text() != null
                                && c.complaintCase().complaint().text().length() > 0
                                && c.has("text-signal=LEGAL_THREAT"),
                        c -> assertThat(c.complaintCase().complaint().text()).isNull()));
        assertThat(r.failed()).isTrue();
        assertThat(r.minimal().complaintCase().complaint().text()).isNotEmpty();
    }

    @Test
    void anUnknownLabelIsAnErrorNamingTheKnownOnes() {
        GeneratedCase c = gen.next();
        assertThatThrownBy(() -> c.has("signal=LEGAL_THRET"))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("unknown label \"signal=LEGAL_THRET\"")
                .hasMessageContaining("signal=LEGAL_THREAT");
        assertThatThrownBy(() -> c.has("segmnet=VIP"))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("a key among [channel, category, segment");
        assertThatThrownBy(() -> c.has("year"))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("year=2026");
        assertThat(c.has("year=1999")).isFalse();
        assertThat(c.has("segment=VIP") || c.has("segment=PREMIUM") || c.has("segment=STANDARD"))
                .isTrue();
        GeneratedCase own = new GeneratedCase(c.complaintCase(), c.profile(), java.util.Set.of("shop=north"), null);
        assertThat(own.has("shop=south"))
                .as("a key of the case's own generator")
                .isFalse();
    }

    @Test
    void anUnknownLabelInAPropertyEndsTheRunAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> PropertyCheck.run("typo", gen, 100, 5, c -> {
                    calls.incrementAndGet();
                    assertThat(c.has("host-signal=SHOUTNG")).isFalse();
                }))
                .isInstanceOf(UnknownLabelException.class)
                .hasMessageContaining("host-signal=SHOUTING");
        assertThat(calls.get()).isEqualTo(1);
    }
}
