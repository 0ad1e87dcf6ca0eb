package org.complaintrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.InvalidInputException;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.api.RegulatedService;
import org.complaintrules.api.ReplyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 0.2 input fields (CONTRACT.md 5.1 and 5.3): read, defaulted, and rejected with the full path. */
class Section5InputTest {
    private final CaseReader reader = CaseReader.create();

    /** Asserts both readCase and readAll reject {@code json} the same way, answering under C-1001. */
    private void assertInvalid(TestJson json, String field, String message) {
        String text = json.json();
        assertThatThrownBy(() -> reader.readCase(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.detail()).isEqualTo(message);
        });
        assertThat(reader.readAll(text))
                .containsExactly(CaseInput.failed(0, new CaseError("C-1001", ErrorCode.INVALID_INPUT, field, message)));
    }

    @Test
    void everyNewFieldIsRead() {
        ComplaintCase c = reader.readCase(TestJson.contractCase()
                .setString("complaint.jurisdiction", "AU-NSW")
                .setString("complaint.timeZone", "Australia/Sydney")
                .setString("complaint.service", "CREDIT_HARDSHIP")
                .setString("complaint.incidentDate", "2026-10-01")
                .setString("complaint.replyDraft", "HOLDING")
                .json());
        assertThat(c.complaint().jurisdiction()).isEqualTo(Jurisdiction.of("AU-NSW"));
        assertThat(c.complaint().timeZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(c.complaint().service()).isEqualTo(RegulatedService.CREDIT_HARDSHIP);
        assertThat(c.complaint().incidentDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(c.complaint().replyDraft()).isEqualTo(ReplyKind.HOLDING);
    }

    @Test
    void absentNewFieldsTakeTheirDefaults() {
        ComplaintCase c = reader.readCase(TestJson.CONTRACT_CASE);
        assertThat(c.complaint().jurisdiction()).isNull();
        assertThat(c.complaint().timeZone()).isNull();
        assertThat(c.complaint().service()).isEqualTo(RegulatedService.OTHER);
        assertThat(c.complaint().incidentDate()).isNull();
        assertThat(c.complaint().replyDraft()).isNull();
        ComplaintCase nulls = reader.readCase(TestJson.contractCase()
                .set("complaint.jurisdiction", "null")
                .set("complaint.service", "null")
                .set("complaint.replyDraft", "null")
                .json());
        assertThat(nulls).isEqualTo(c);
    }

    @Test
    void unknownJurisdiction() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.jurisdiction", "UK"),
                "complaint.jurisdiction",
                "must be an ISO 3166-1 alpha-2 country code, optionally with an ISO 3166-2 subdivision, such as"
                        + " \"GB\" or \"GB-SCT\", was \"UK\"");
    }

    @Test
    void lowerCaseJurisdictionIsNotRepaired() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.jurisdiction", "gb-sct"),
                "complaint.jurisdiction",
                "must be an ISO 3166-1 alpha-2 country code, optionally with an ISO 3166-2 subdivision, such as"
                        + " \"GB\" or \"GB-SCT\", was \"gb-sct\"");
    }

    @Test
    void jurisdictionAsAnObject() {
        assertInvalid(
                TestJson.contractCase().set("complaint.jurisdiction", "{\"country\":\"GB\"}"),
                "complaint.jurisdiction",
                "must be an ISO 3166 code such as \"GB\" or \"GB-SCT\", was an object");
    }

    @Test
    void unknownTimeZone() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.timeZone", "Mars/Base"),
                "complaint.timeZone",
                "must be an IANA time-zone id such as \"Europe/Tallinn\", was \"Mars/Base\"");
    }

    @Test
    void fixedOffsetTimeZone() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.timeZone", "+02:00"),
                "complaint.timeZone",
                "must be an IANA time-zone id such as \"Europe/Tallinn\" (a fixed offset is not a time zone), was"
                        + " \"+02:00\"");
    }

    /** An offset the zone rules would rewrite ("GMT+2" as "GMT+02:00") is quoted as it was sent. */
    @ParameterizedTest
    @ValueSource(strings = {"GMT+2", "UTC+3", "+2", "UT-05"})
    void rewrittenOffsetIsQuotedAsSent(String zone) {
        assertInvalid(
                TestJson.contractCase().setString("complaint.timeZone", zone),
                "complaint.timeZone",
                "must be an IANA time-zone id such as \"Europe/Tallinn\" (a fixed offset is not a time zone), was \""
                        + zone + "\"");
    }

    @Test
    void timeZoneAsANumber() {
        assertInvalid(
                TestJson.contractCase().set("complaint.timeZone", "2"),
                "complaint.timeZone",
                "must be an IANA time-zone id such as \"Europe/Tallinn\", was 2");
    }

    @Test
    void unknownServiceListsTheAllowedOnes() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.service", "BANKING"),
                "complaint.service",
                "must be one of PAYMENT_SERVICE, E_MONEY, CREDIT, CREDIT_HARDSHIP, SUPERANNUATION, INSURANCE,"
                        + " INVESTMENT, OTHER, was \"BANKING\"");
    }

    @Test
    void unknownReplyDraftListsTheAllowedOnes() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.replyDraft", "LETTER"),
                "complaint.replyDraft",
                "must be one of RESPONSE, ACKNOWLEDGEMENT, HOLDING, FINAL_RESPONSE, was \"LETTER\"");
    }

    @Test
    void replyDraftAsABoolean() {
        assertInvalid(
                TestJson.contractCase().set("complaint.replyDraft", "true"),
                "complaint.replyDraft",
                "must be one of RESPONSE, ACKNOWLEDGEMENT, HOLDING, FINAL_RESPONSE, was true");
    }

    @Test
    void malformedIncidentDate() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.incidentDate", "2026-11-31"),
                "complaint.incidentDate",
                "must be an ISO-8601 date such as \"2019-03-01\", was \"2026-11-31\"");
    }

    @Test
    void incidentDateAfterReceivedAt() {
        assertInvalid(
                TestJson.contractCase()
                        .setString("complaint.timeZone", "Europe/Tallinn")
                        .setString("complaint.incidentDate", "2026-11-21"),
                "complaint.incidentDate",
                "must not be after receivedAt (2026-11-20 in Europe/Tallinn), was \"2026-11-21\"");
    }

    @Test
    void incidentDateAfterReceivedAtWithoutAZone() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.incidentDate", "2026-12-24"),
                "complaint.incidentDate",
                "must not be after receivedAt (2026-11-21 at UTC+14, the latest date anywhere), was \"2026-12-24\"");
    }

    @Test
    void incidentDateBefore1970() {
        assertInvalid(
                TestJson.contractCase().setString("complaint.incidentDate", "1969-07-20"),
                "complaint.incidentDate",
                "must be from 1970-01-01 to 2200-12-31, was \"1969-07-20\"");
    }
}
