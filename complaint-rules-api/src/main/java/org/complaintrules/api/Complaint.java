package org.complaintrules.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The complaint itself (CONTRACT.md sections 1 and 5.1, {@code complaint}).
 *
 * <p>Dates: {@code receivedAt} and {@code incidentDate} lie in {@link InputLimits#EARLIEST_DATE} ..
 * {@link InputLimits#LATEST_DATE}. {@code incidentDate} is not after the date of receipt, taken in
 * {@code timeZone} when given, else as the latest calendar date anywhere at {@code receivedAt}
 * (UTC+14), so that no possible local date is rejected for want of a zone. An advisor checks it
 * again in the case's time zone once it is known (the jurisdiction's or the profile's) and rejects a
 * date after the day of receipt there with an {@link InvalidInputException} naming
 * {@code complaint.incidentDate}.
 *
 * @param id 1..128 characters
 * @param receivedAt when it was received; every deadline is computed from it, never from the wall
 *        clock; from 1970-01-01 to 2200-12-31 (UTC)
 * @param channel how it arrived
 * @param category what it is about
 * @param text what the customer wrote or said, or {@code null}; at most {@link InputLimits#MAX_TEXT_LENGTH} characters
 * @param language a BCP-47 tag, or {@code null} to let the library infer it from the text
 * @param claimedLoss money the customer says they lost, or {@code null}
 * @param requestedCompensation what the customer asks for, or {@code null}
 * @param publiclyVisible whether the public can see the complaint (a post, a review)
 * @param satisfactionScore 1..5 from a survey or review, or {@code null}
 * @param signals signals the host already knows, added to what the library detects; never {@code null}
 * @param jurisdiction where the complaint is handled; chooses the public-holiday calendar; {@code null}
 *        for the regulatory profile's default. Since 0.2
 * @param timeZone the IANA region id in which "end of business day" is computed, e.g.
 *        {@code Europe/Tallinn}; {@code null} for the jurisdiction's zone, else UTC. Fixed offsets
 *        such as {@code +02:00} and ids outside the IANA database are rejected: a fixed offset has no
 *        daylight-saving rules and no calendar. Since 0.2
 * @param service the regulated service complained about; {@code null} becomes
 *        {@link RegulatedService#OTHER}, so it is never {@code null}. Since 0.2
 * @param incidentDate the date of the event complained about, used for time limits, or {@code null};
 *        not after the date of receipt (see above). Since 0.2
 * @param replyDraft the kind of reply draft the advice should carry, or {@code null} for none. Since 0.2
 */
public record Complaint(
        String id,
        Instant receivedAt,
        Channel channel,
        Category category,
        String text,
        String language,
        Money claimedLoss,
        Money requestedCompensation,
        boolean publiclyVisible,
        Integer satisfactionScore,
        List<SignalType> signals,
        Jurisdiction jurisdiction,
        ZoneId timeZone,
        RegulatedService service,
        LocalDate incidentDate,
        ReplyKind replyDraft) {

    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    /**
     * Validates the components.
     *
     * @throws InvalidInputException naming the field and quoting the value when one is missing or out of range
     * @param id 1..128 characters
     * @param receivedAt when it was received
     * @param channel how it arrived
     * @param category what it is about
     * @param text what the customer wrote or said, or {@code null}; at most {@link InputLimits#MAX_TEXT_LENGTH} characters
     * @param language a BCP-47 tag, or {@code null} to let the library infer it from the text
     * @param claimedLoss money the customer says they lost, or {@code null}
     * @param requestedCompensation what the customer asks for, or {@code null}
     * @param publiclyVisible whether the public can see the complaint (a post, a review)
     * @param satisfactionScore 1..5 from a survey or review, or {@code null}
     * @param signals signals the host already knows, added to what the library detects; never {@code null}
     * @param jurisdiction where the complaint is handled, or {@code null} for the profile's default
     * @param timeZone an IANA region id, or {@code null} for the jurisdiction's zone
     * @param service the regulated service, or {@code null} for {@link RegulatedService#OTHER}
     * @param incidentDate the date of the event complained about, or {@code null}
     * @param replyDraft the kind of reply draft the advice should carry, or {@code null} for none. Since 0.2
     */
    public Complaint {
        Checks.id(id, "id");
        Checks.required(receivedAt, "receivedAt");
        Checks.instant(receivedAt, "receivedAt");
        Checks.required(channel, "channel");
        Checks.required(category, "category");
        int textLength = InputLimits.textLength(text);
        if (textLength > InputLimits.MAX_TEXT_LENGTH) {
            throw new InvalidInputException(
                    "text",
                    "must be at most " + InputLimits.MAX_TEXT_LENGTH + " characters, was " + textLength
                            + " characters");
        }
        Checks.languageTag(language, "language");
        if (satisfactionScore != null && (satisfactionScore < 1 || satisfactionScore > 5)) {
            throw new InvalidInputException("satisfactionScore", "must be 1..5, was " + satisfactionScore);
        }
        signals = Checks.list(signals, "signals");
        if (signals.size() > InputLimits.MAX_SIGNALS) {
            throw new InvalidInputException(
                    "signals", "must hold at most " + InputLimits.MAX_SIGNALS + " codes, was " + signals.size());
        }
        if (timeZone != null && !isRegionId(timeZone)) {
            throw new InvalidInputException(
                    "timeZone",
                    "must be an IANA time-zone id such as \"Europe/Tallinn\""
                            + (timeZone instanceof ZoneOffset ? " (a fixed offset is not a time zone)" : "") + ", was "
                            + Checks.quote(timeZone.getId()));
        }
        if (service == null) {
            service = RegulatedService.OTHER;
        }
        Checks.date(incidentDate, "incidentDate");
        if (incidentDate != null) {
            LocalDate received = Checks.receivedDate(receivedAt, timeZone);
            if (incidentDate.isAfter(received)) {
                throw new InvalidInputException(
                        "incidentDate",
                        "must not be after receivedAt (" + received + " " + Checks.receivedDateBasis(timeZone)
                                + "), was \"" + incidentDate + "\"");
            }
        }
    }

    /**
     * The 0.1 complaint: no jurisdiction, time zone, incident date or reply draft, service
     * {@link RegulatedService#OTHER}.
     *
     * @param id 1..128 characters
     * @param receivedAt when it was received
     * @param channel how it arrived
     * @param category what it is about
     * @param text what the customer wrote or said, or {@code null}
     * @param language a BCP-47 tag, or {@code null}
     * @param claimedLoss money the customer says they lost, or {@code null}
     * @param requestedCompensation what the customer asks for, or {@code null}
     * @param publiclyVisible whether the public can see the complaint
     * @param satisfactionScore 1..5, or {@code null}
     * @param signals host-supplied signal codes, or {@code null}
     * @throws InvalidInputException naming the field and quoting the value when one is missing or out of range
     */
    public Complaint(
            String id,
            Instant receivedAt,
            Channel channel,
            Category category,
            String text,
            String language,
            Money claimedLoss,
            Money requestedCompensation,
            boolean publiclyVisible,
            Integer satisfactionScore,
            List<SignalType> signals) {
        this(
                id,
                receivedAt,
                channel,
                category,
                text,
                language,
                claimedLoss,
                requestedCompensation,
                publiclyVisible,
                satisfactionScore,
                signals,
                null,
                null,
                RegulatedService.OTHER,
                null,
                null);
    }

    /**
     * @param zone a zone id
     * @return {@code true} when it is a region id of the time-zone database (such as
     *         {@code Europe/Tallinn} or {@code UTC}), {@code false} for a fixed offset such as
     *         {@code +02:00} or {@code UTC+02:00}
     */
    static boolean isRegionId(ZoneId zone) {
        return !(zone instanceof ZoneOffset) && ZONE_IDS.contains(zone.getId());
    }

    /**
     * Starts a complaint with its required fields.
     *
     * @param id 1..128 characters
     * @param receivedAt when it was received
     * @param channel how it arrived
     * @param category what it is about
     * @return a builder for the optional fields
     */
    public static Builder builder(String id, Instant receivedAt, Channel channel, Category category) {
        return new Builder(id, receivedAt, channel, category);
    }

    /** @return a builder holding this complaint's values, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder(id, receivedAt, channel, category);
        b.text = text;
        b.language = language;
        b.claimedLoss = claimedLoss;
        b.requestedCompensation = requestedCompensation;
        b.publiclyVisible = publiclyVisible;
        b.satisfactionScore = satisfactionScore;
        b.signals = new ArrayList<>(signals);
        b.jurisdiction = jurisdiction;
        b.timeZone = timeZone;
        b.service = service;
        b.incidentDate = incidentDate;
        b.replyDraft = replyDraft;
        return b;
    }

    /** Builds a {@link Complaint}; validation happens in {@link #build()}. */
    public static final class Builder {
        private String id;
        private Instant receivedAt;
        private Channel channel;
        private Category category;
        private String text;
        private String language;
        private Money claimedLoss;
        private Money requestedCompensation;
        private boolean publiclyVisible;
        private Integer satisfactionScore;
        private List<SignalType> signals = new ArrayList<>();
        private Jurisdiction jurisdiction;
        private ZoneId timeZone;
        private RegulatedService service = RegulatedService.OTHER;
        private LocalDate incidentDate;
        private ReplyKind replyDraft;

        private Builder(String id, Instant receivedAt, Channel channel, Category category) {
            this.id = id;
            this.receivedAt = receivedAt;
            this.channel = channel;
            this.category = category;
        }

        /**
         * @param id 1..128 characters
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param receivedAt when it was received
         * @return this builder
         */
        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /**
         * @param channel how it arrived
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * @param category what it is about
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * @param text what the customer wrote, or {@code null}
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * @param language a BCP-47 tag, or {@code null} to infer it
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * @param claimedLoss money the customer says they lost, or {@code null}
         * @return this builder
         */
        public Builder claimedLoss(Money claimedLoss) {
            this.claimedLoss = claimedLoss;
            return this;
        }

        /**
         * @param requestedCompensation what the customer asks for, or {@code null}
         * @return this builder
         */
        public Builder requestedCompensation(Money requestedCompensation) {
            this.requestedCompensation = requestedCompensation;
            return this;
        }

        /**
         * @param publiclyVisible whether the public can see it
         * @return this builder
         */
        public Builder publiclyVisible(boolean publiclyVisible) {
            this.publiclyVisible = publiclyVisible;
            return this;
        }

        /**
         * @param satisfactionScore 1..5, or {@code null}
         * @return this builder
         */
        public Builder satisfactionScore(Integer satisfactionScore) {
            this.satisfactionScore = satisfactionScore;
            return this;
        }

        /**
         * @param signals host-supplied signal codes, replacing any set before
         * @return this builder
         */
        public Builder signals(List<SignalType> signals) {
            this.signals = new ArrayList<>(signals);
            return this;
        }

        /**
         * @param signal one more host-supplied signal code
         * @return this builder
         */
        public Builder signal(SignalType signal) {
            this.signals.add(signal);
            return this;
        }

        /**
         * @param jurisdiction where the complaint is handled, or {@code null} for the profile's default
         * @return this builder
         * @since 0.2
         */
        public Builder jurisdiction(Jurisdiction jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        /**
         * @param timeZone an IANA region id, or {@code null} for the jurisdiction's zone
         * @return this builder
         * @since 0.2
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /**
         * @param service the regulated service, or {@code null} for {@link RegulatedService#OTHER}
         * @return this builder
         * @since 0.2
         */
        public Builder service(RegulatedService service) {
            this.service = service;
            return this;
        }

        /**
         * @param incidentDate the date of the event complained about, or {@code null}
         * @return this builder
         * @since 0.2
         */
        public Builder incidentDate(LocalDate incidentDate) {
            this.incidentDate = incidentDate;
            return this;
        }

        /**
         * @param replyDraft the kind of reply draft to write, or {@code null} for none
         * @return this builder
         * @since 0.2
         */
        public Builder replyDraft(ReplyKind replyDraft) {
            this.replyDraft = replyDraft;
            return this;
        }

        /**
         * @return the validated complaint
         * @throws InvalidInputException naming the field when a value is missing or out of range
         */
        public Complaint build() {
            return new Complaint(
                    id,
                    receivedAt,
                    channel,
                    category,
                    text,
                    language,
                    claimedLoss,
                    requestedCompensation,
                    publiclyVisible,
                    satisfactionScore,
                    signals,
                    jurisdiction,
                    timeZone,
                    service,
                    incidentDate,
                    replyDraft);
        }
    }
}
