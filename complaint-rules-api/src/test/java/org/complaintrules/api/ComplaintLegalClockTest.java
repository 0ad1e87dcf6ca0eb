package org.complaintrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 0.2 complaint fields (CONTRACT.md 5.1): validation, defaults, and the 0.1 constructor. */
class ComplaintLegalClockTest {
    static final Instant RECEIVED = Instant.parse("2026-11-20T22:30:00Z");

    static Complaint.Builder complaint() {
        return Complaint.builder("C-1", RECEIVED, Channel.EMAIL, Category.BILLING);
    }

    static InvalidInputException invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected InvalidInputException");
    }

    @Test
    void theZeroPointOneConstructorDefaultsTheNewFields() {
        Complaint c = new Complaint(
                "C-1", RECEIVED, Channel.EMAIL, Category.BILLING, null, null, null, null, false, null, List.of());
        assertThat(c.jurisdiction()).isNull();
        assertThat(c.timeZone()).isNull();
        assertThat(c.service()).isEqualTo(RegulatedService.OTHER);
        assertThat(c.incidentDate()).isNull();
        assertThat(c.replyDraft()).isNull();
        assertThat(c).isEqualTo(complaint().build());
    }

    @Test
    void anAbsentServiceIsOther() {
        assertThat(complaint().service(null).build().service()).isEqualTo(RegulatedService.OTHER);
        assertThat(complaint().service(RegulatedService.E_MONEY).build().service())
                .isEqualTo(RegulatedService.E_MONEY);
    }

    @Test
    void toBuilderKeepsTheNewFields() {
        Complaint c = complaint()
                .jurisdiction(Jurisdiction.of("GB-SCT"))
                .timeZone(ZoneId.of("Europe/London"))
                .service(RegulatedService.PAYMENT_SERVICE)
                .incidentDate(LocalDate.of(2026, 11, 1))
                .replyDraft(ReplyKind.HOLDING)
                .build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c.toBuilder().text("x").build().replyDraft()).isEqualTo(ReplyKind.HOLDING);
    }

    @Test
    void anyIanaRegionIdIsAcceptedIncludingUtc() {
        for (String id : List.of("Europe/Tallinn", "UTC", "Australia/Sydney", "America/New_York", "Etc/GMT+2")) {
            assertThat(complaint().timeZone(ZoneId.of(id)).build().timeZone().getId())
                    .isEqualTo(id);
        }
    }

    @Test
    void aFixedOffsetIsNotATimeZone() {
        InvalidInputException e =
                invalid(() -> complaint().timeZone(ZoneOffset.ofHours(2)).build());
        assertThat(e.field()).isEqualTo("timeZone");
        assertThat(e.detail())
                .isEqualTo("must be an IANA time-zone id such as \"Europe/Tallinn\" (a fixed offset is not a time"
                        + " zone), was \"+02:00\"");
        InvalidInputException prefixed =
                invalid(() -> complaint().timeZone(ZoneId.of("UTC+02:00")).build());
        assertThat(prefixed.field()).isEqualTo("timeZone");
        assertThat(prefixed.detail()).endsWith("was \"UTC+02:00\"");
    }

    @Test
    void anIncidentOnTheLocalDayOfReceiptIsAcceptedInTheComplaintsZone() {
        // 22:30 UTC on the 20th is already the 21st in Tallinn (UTC+2)
        Complaint c = complaint()
                .timeZone(ZoneId.of("Europe/Tallinn"))
                .incidentDate(LocalDate.of(2026, 11, 21))
                .build();
        assertThat(c.incidentDate()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void anIncidentAfterTheLocalDayOfReceiptIsRejected() {
        InvalidInputException e = invalid(() -> complaint()
                .timeZone(ZoneId.of("America/New_York"))
                .incidentDate(LocalDate.of(2026, 11, 21))
                .build());
        assertThat(e.field()).isEqualTo("incidentDate");
        assertThat(e.detail())
                .isEqualTo("must not be after receivedAt (2026-11-20 in America/New_York), was \"2026-11-21\"");
    }

    @Test
    void withoutAZoneOnlyADateAfterTheLatestDateAnywhereIsRejected() {
        assertThat(complaint().incidentDate(LocalDate.of(2026, 11, 21)).build().incidentDate())
                .isEqualTo(LocalDate.of(2026, 11, 21));
        InvalidInputException e = invalid(
                () -> complaint().incidentDate(LocalDate.of(2026, 11, 22)).build());
        assertThat(e.field()).isEqualTo("incidentDate");
        assertThat(e.detail()).contains("2026-11-21 at UTC+14").endsWith("was \"2026-11-22\"");
    }

    @Test
    void datesBefore1970OrAfter2200AreRejectedNamingTheField() {
        InvalidInputException received = invalid(() -> Complaint.builder(
                        "C-1", Instant.parse("+999999999-01-01T00:00:00Z"), Channel.EMAIL, Category.BILLING)
                .build());
        assertThat(received.field()).isEqualTo("receivedAt");
        assertThat(received.detail()).startsWith("must be from 1970-01-01 to 2200-12-31, was \"+999999999");
        assertThat(invalid(() -> complaint()
                                .receivedAt(Instant.parse("1969-12-31T23:59:59Z"))
                                .build())
                        .field())
                .isEqualTo("receivedAt");
        assertThat(complaint()
                        .receivedAt(Instant.parse("2200-12-31T23:59:59Z"))
                        .build()
                        .receivedAt())
                .isEqualTo(Instant.parse("2200-12-31T23:59:59Z"));
        InvalidInputException incident = invalid(
                () -> complaint().incidentDate(LocalDate.of(1969, 12, 31)).build());
        assertThat(incident.field()).isEqualTo("incidentDate");
        assertThat(incident.detail()).isEqualTo("must be from 1970-01-01 to 2200-12-31, was \"1969-12-31\"");
        InvalidInputException since = invalid(() -> Customer.builder("K-1", Segment.STANDARD)
                .customerSince(LocalDate.of(1900, 1, 1))
                .build());
        assertThat(since.field()).isEqualTo("customerSince");
    }

    @Test
    void aCustomerSinceAfterReceiptIsRejectedNamingTheField() {
        Customer later = Customer.builder("K-1", Segment.STANDARD)
                .customerSince(LocalDate.of(2026, 12, 1))
                .build();
        InvalidInputException e = invalid(() -> ComplaintCase.of(complaint().build(), later));
        assertThat(e.field()).isEqualTo("customer.customerSince");
        assertThat(e.detail()).endsWith("was \"2026-12-01\"");
        Customer sameDay =
                later.toBuilder().customerSince(LocalDate.of(2026, 11, 20)).build();
        assertThat(ComplaintCase.of(complaint().build(), sameDay).customer()).isEqualTo(sameDay);
    }

    @Test
    void theNewFieldsOfTheBuilderReachTheRecord() {
        Complaint c = complaint()
                .jurisdiction(Jurisdiction.of("EE"))
                .replyDraft(ReplyKind.FINAL_RESPONSE)
                .build();
        assertThat(c.jurisdiction()).isEqualTo(new Jurisdiction("EE", null));
        assertThat(c.replyDraft()).isEqualTo(ReplyKind.FINAL_RESPONSE);
        assertThatThrownBy(() -> complaint().timeZone(ZoneOffset.UTC).build())
                .isInstanceOf(InvalidInputException.class);
    }
}
