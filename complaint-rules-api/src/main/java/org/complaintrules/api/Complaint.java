package org.complaintrules.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The complaint itself (CONTRACT.md section 1, {@code complaint}).
 *
 * @param id 1..128 characters
 * @param receivedAt when it was received; every deadline is computed from it, never from the wall clock
 * @param channel how it arrived
 * @param category what it is about
 * @param text what the customer wrote or said, or {@code null}; at most {@link InputLimits#MAX_TEXT_LENGTH} characters
 * @param language a BCP-47 tag, or {@code null} to let the library infer it from the text
 * @param claimedLoss money the customer says they lost, or {@code null}
 * @param requestedCompensation what the customer asks for, or {@code null}
 * @param publiclyVisible whether the public can see the complaint (a post, a review)
 * @param satisfactionScore 1..5 from a survey or review, or {@code null}
 * @param signals signals the host already knows, added to what the library detects; never {@code null}
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
        List<SignalType> signals) {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /**
     * Validates the components.
     *
     * @throws InvalidInputException naming the field and quoting the value when one is missing or out of range
     */
    public Complaint {
        Checks.id(id, "id");
        Checks.required(receivedAt, "receivedAt");
        Checks.required(channel, "channel");
        Checks.required(category, "category");
        if (text != null && text.length() > InputLimits.MAX_TEXT_LENGTH) {
            throw new InvalidInputException(
                    "text",
                    "must be at most " + InputLimits.MAX_TEXT_LENGTH + " characters, was " + text.length()
                            + " characters");
        }
        if (language != null
                && (language.length() > InputLimits.MAX_LANGUAGE_TAG_LENGTH
                        || !LANGUAGE_TAG.matcher(language).matches())) {
            throw new InvalidInputException(
                    "language", "must be a BCP-47 tag such as \"en\" or \"zh-Hans\", was " + Checks.quote(language));
        }
        if (satisfactionScore != null && (satisfactionScore < 1 || satisfactionScore > 5)) {
            throw new InvalidInputException("satisfactionScore", "must be 1..5, was " + satisfactionScore);
        }
        signals = Checks.list(signals, "signals");
        if (signals.size() > InputLimits.MAX_SIGNALS) {
            throw new InvalidInputException(
                    "signals", "must hold at most " + InputLimits.MAX_SIGNALS + " codes, was " + signals.size());
        }
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

        private Builder(String id, Instant receivedAt, Channel channel, Category category) {
            this.id = id;
            this.receivedAt = receivedAt;
            this.channel = channel;
            this.category = category;
        }

        /** @param id 1..128 characters @return this builder */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** @param receivedAt when it was received @return this builder */
        public Builder receivedAt(Instant receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        /** @param channel how it arrived @return this builder */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /** @param category what it is about @return this builder */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** @param text what the customer wrote, or {@code null} @return this builder */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** @param language a BCP-47 tag, or {@code null} to infer it @return this builder */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** @param claimedLoss money the customer says they lost, or {@code null} @return this builder */
        public Builder claimedLoss(Money claimedLoss) {
            this.claimedLoss = claimedLoss;
            return this;
        }

        /** @param requestedCompensation what the customer asks for, or {@code null} @return this builder */
        public Builder requestedCompensation(Money requestedCompensation) {
            this.requestedCompensation = requestedCompensation;
            return this;
        }

        /** @param publiclyVisible whether the public can see it @return this builder */
        public Builder publiclyVisible(boolean publiclyVisible) {
            this.publiclyVisible = publiclyVisible;
            return this;
        }

        /** @param satisfactionScore 1..5, or {@code null} @return this builder */
        public Builder satisfactionScore(Integer satisfactionScore) {
            this.satisfactionScore = satisfactionScore;
            return this;
        }

        /** @param signals host-supplied signal codes, replacing any set before @return this builder */
        public Builder signals(List<SignalType> signals) {
            this.signals = new ArrayList<>(signals);
            return this;
        }

        /** @param signal one more host-supplied signal code @return this builder */
        public Builder signal(SignalType signal) {
            this.signals.add(signal);
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
                    signals);
        }
    }
}
