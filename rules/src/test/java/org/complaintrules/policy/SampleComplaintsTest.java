package org.complaintrules.policy;

import org.complaintrules.testkit.logging.ExpectQuietLog;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplainantType;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.Team;
import org.complaintrules.drools.DroolsComplaintAdvisor;
import org.complaintrules.json.CaseInput;
import org.complaintrules.json.CaseReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 24 sample cases in {@code samples/data/complaints.jsonl} (the ones the command line and the
 * HTTP service demonstrate) each get the advice their text and numbers clearly call for under the
 * default policy: a policy or word-list change that turns the aggressive Russian caller into a
 * moderate one, or loses the legal threat, fails here.
 */
// the bundled policy over the samples loads and advises without a warning
@ExpectQuietLog
class SampleComplaintsTest {

    /** What a seasoned complaint handler calls each sample. */
    static final Map<String, ComplainantType> EXPECTED_TYPE = Map.ofEntries(
            entry("C-2001", ComplainantType.PASSIVE), // "I don't want to make a fuss": survey, score 2
            entry("C-2002", ComplainantType.PASSIVE), // Estonian review: "Ma ei taha nuriseda"
            entry("C-2003", ComplainantType.PASSIVE), // Chinese survey: "不好意思打扰了"
            entry("C-2004", ComplainantType.AGGRESSIVE), // capitals, "useless idiots", third time, will sue
            entry("C-2005", ComplainantType.AGGRESSIVE), // Russian: "бездельники", "третий звонок", "подам в суд"
            entry("C-2006", ComplainantType.AGGRESSIVE), // Chinese: "全是废物", three calls, lawyer
            entry("C-2007", ComplainantType.HIGH_ROLLER), // VIP for nine years, wants a technician tomorrow
            entry("C-2008", ComplainantType.HIGH_ROLLER), // Estonian premium customer of ten years
            entry("C-2009", ComplainantType.HIGH_ROLLER), // VIP: same fault again, will move the account
            entry("C-2010", ComplainantType.RIP_OFF), // 500 for a 40 late parcel, two offers rejected
            entry("C-2011", ComplainantType.RIP_OFF), // Russian: 300 for 25, three offers rejected
            entry("C-2012", ComplainantType.RIP_OFF), // 250 for 15.99, two offers rejected
            entry("C-2013", ComplainantType.CHRONIC), // nine complaints, one upheld, "I know you try"
            entry("C-2014", ComplainantType.CHRONIC), // Estonian: seven complaints, none upheld
            entry("C-2015", ComplainantType.CHRONIC), // Chinese: six complaints, one upheld
            entry("C-2016", ComplainantType.MODERATE), // calm report of a burning charger: a safety case
            entry("C-2017", ComplainantType.MODERATE), // firm, calm, names the ombudsman
            entry("C-2018", ComplainantType.MODERATE), // public post, third contact, calm: our failure, not their type
            entry("C-2019", ComplainantType.HIGH_ROLLER), // premium, six years, will cancel
            entry("C-2020", ComplainantType.MODERATE), // Estonian: calm, third contact, names the regulator
            entry("C-2021", ComplainantType.MODERATE), // Russian: polite request for a missing charger
            entry("C-2022", ComplainantType.MODERATE), // Chinese public post: kettle gives shocks, warns everyone
            entry("C-2023", ComplainantType.MODERATE), // polite call-back request after 45 minutes on hold
            entry("C-2024", ComplainantType.PASSIVE)); // "Not the end of the world, but I thought you should know"

    /** Teams each of these samples must bring in (others may be added). */
    static final Map<String, Set<Team>> EXPECTED_TEAMS = Map.ofEntries(
            entry("C-2004", Set.of(Team.LEGAL)),
            entry("C-2005", Set.of(Team.LEGAL)),
            entry("C-2006", Set.of(Team.LEGAL)),
            entry("C-2009", Set.of(Team.ACCOUNT_MANAGEMENT, Team.QUALITY)),
            entry("C-2016", Set.of(Team.SAFETY)),
            entry("C-2017", Set.of(Team.COMPLIANCE)),
            entry("C-2019", Set.of(Team.ACCOUNT_MANAGEMENT)),
            entry("C-2020", Set.of(Team.COMPLIANCE)),
            // warning others off in the post itself ("大家千万别买") is the post, not a threat to go public
            entry("C-2022", Set.of(Team.SAFETY)));

    private static final Map<String, Advice> ADVICE = new LinkedHashMap<>();

    static Path samplesFile() {
        return Path.of(System.getProperty("complaint.data.dir"), "..", "samples", "data", "complaints.jsonl")
                .normalize();
    }

    @BeforeAll
    static void adviseEverySample() throws IOException {
        List<CaseInput> inputs;
        try (Reader in = Files.newBufferedReader(samplesFile(), StandardCharsets.UTF_8)) {
            inputs = CaseReader.create().readAll(in);
        }
        ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder().build();
        for (CaseInput input : inputs) {
            assertThat(input.error())
                    .as("line %d of %s", input.index() + 1, samplesFile())
                    .isNull();
            CaseResult result = advisor.tryAdvise(input.complaintCase());
            assertThat(result).as(input.caseId()).isInstanceOf(Advice.class);
            ADVICE.put(input.caseId(), (Advice) result);
        }
    }

    @Test
    void everySampleIsAdvisedWithoutWarnings() {
        assertThat(ADVICE.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED_TYPE.keySet());
        ADVICE.forEach((id, advice) ->
                assertThat(advice.warnings()).as("warnings of %s", id).isEmpty());
    }

    @Test
    void everySampleGetsTheTypeItWasWrittenFor() {
        Map<String, ComplainantType> actual = new LinkedHashMap<>();
        ADVICE.forEach((id, advice) -> actual.put(id, advice.complainantType()));
        assertThat(actual).as("complainant type per sample").containsExactlyInAnyOrderEntriesOf(EXPECTED_TYPE);
    }

    @Test
    void legalSafetyComplianceAndAccountCasesBringInTheirTeams() {
        EXPECTED_TEAMS.forEach(
                (id, teams) -> assertThat(ADVICE.get(id).escalation().teams())
                        .as("teams of %s", id)
                        .containsAll(teams));
        assertThat(ADVICE.entrySet())
                .filteredOn(e -> !EXPECTED_TEAMS.containsKey(e.getKey()))
                .allSatisfy(e -> assertThat(e.getValue().escalation().teams())
                        .as("teams of %s", e.getKey())
                        .doesNotContain(Team.LEGAL, Team.SAFETY, Team.COMPLIANCE));
    }
}
