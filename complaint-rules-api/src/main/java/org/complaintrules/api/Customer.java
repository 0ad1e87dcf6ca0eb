package org.complaintrules.api;

import java.time.LocalDate;

/**
 * Who complains (CONTRACT.md section 1, {@code customer}).
 *
 * @param id 1..128 characters
 * @param segment the commercial segment; {@code null} becomes {@link Segment#STANDARD}
 * @param lifetimeValue total spend to date, or {@code null}
 * @param customerSince first purchase or sign-up, or {@code null}; from 1970-01-01 to 2200-12-31, and
 *        (checked by {@link ComplaintCase}) not after the complaint's date of receipt
 * @param complaintsLast12Months earlier complaints in the last 12 months, this one excluded
 * @param upheldComplaintsLast12Months of those, how many were found justified; at most {@code complaintsLast12Months}
 * @param compensationLast12Months compensation already paid in the last 12 months, or {@code null}
 */
public record Customer(
        String id,
        Segment segment,
        Money lifetimeValue,
        LocalDate customerSince,
        int complaintsLast12Months,
        int upheldComplaintsLast12Months,
        Money compensationLast12Months) {

    /**
     * Validates the components and fills defaults.
     *
     * @throws InvalidInputException naming the field and quoting the value when one is missing or out of range
     * @param id 1..128 characters
     * @param segment the commercial segment; {@code null} becomes {@link Segment#STANDARD}
     * @param lifetimeValue total spend to date, or {@code null}
     * @param customerSince first purchase or sign-up, or {@code null}
     * @param complaintsLast12Months earlier complaints in the last 12 months, this one excluded
     * @param upheldComplaintsLast12Months of those, how many were found justified; at most {@code complaintsLast12Months}
     * @param compensationLast12Months compensation already paid in the last 12 months, or {@code null}
     */
    public Customer {
        Checks.id(id, "id");
        if (segment == null) {
            segment = Segment.STANDARD;
        }
        Checks.date(customerSince, "customerSince");
        Checks.count(complaintsLast12Months, "complaintsLast12Months", 0);
        Checks.count(upheldComplaintsLast12Months, "upheldComplaintsLast12Months", 0);
        if (upheldComplaintsLast12Months > complaintsLast12Months) {
            throw new InvalidInputException(
                    "upheldComplaintsLast12Months",
                    "must be <= complaintsLast12Months (" + complaintsLast12Months + "), was "
                            + upheldComplaintsLast12Months);
        }
    }

    /**
     * A standard customer with no history.
     *
     * @param id 1..128 characters
     * @return the customer
     */
    public static Customer of(String id) {
        return new Customer(id, Segment.STANDARD, null, null, 0, 0, null);
    }

    /**
     * @param id the customer id
     * @param segment the segment
     * @return a builder for the optional fields
     */
    public static Builder builder(String id, Segment segment) {
        return new Builder(id, segment);
    }

    /** @return a builder holding this customer's values, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder(id, segment);
        b.lifetimeValue = lifetimeValue;
        b.customerSince = customerSince;
        b.complaintsLast12Months = complaintsLast12Months;
        b.upheldComplaintsLast12Months = upheldComplaintsLast12Months;
        b.compensationLast12Months = compensationLast12Months;
        return b;
    }

    /** Builds a {@link Customer}; validation happens in {@link #build()}. */
    public static final class Builder {
        private String id;
        private Segment segment;
        private Money lifetimeValue;
        private LocalDate customerSince;
        private int complaintsLast12Months;
        private int upheldComplaintsLast12Months;
        private Money compensationLast12Months;

        private Builder(String id, Segment segment) {
            this.id = id;
            this.segment = segment;
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
         * @param segment the segment
         * @return this builder
         */
        public Builder segment(Segment segment) {
            this.segment = segment;
            return this;
        }

        /**
         * @param lifetimeValue total spend, or {@code null}
         * @return this builder
         */
        public Builder lifetimeValue(Money lifetimeValue) {
            this.lifetimeValue = lifetimeValue;
            return this;
        }

        /**
         * @param customerSince first purchase or sign-up, or {@code null}
         * @return this builder
         */
        public Builder customerSince(LocalDate customerSince) {
            this.customerSince = customerSince;
            return this;
        }

        /**
         * @param count earlier complaints in 12 months
         * @return this builder
         */
        public Builder complaintsLast12Months(int count) {
            this.complaintsLast12Months = count;
            return this;
        }

        /**
         * @param count upheld complaints in 12 months
         * @return this builder
         */
        public Builder upheldComplaintsLast12Months(int count) {
            this.upheldComplaintsLast12Months = count;
            return this;
        }

        /**
         * @param paid compensation paid in 12 months, or {@code null}
         * @return this builder
         */
        public Builder compensationLast12Months(Money paid) {
            this.compensationLast12Months = paid;
            return this;
        }

        /**
         * @return the validated customer
         * @throws InvalidInputException naming the field when a value is missing or out of range
         */
        public Customer build() {
            return new Customer(
                    id,
                    segment,
                    lifetimeValue,
                    customerSince,
                    complaintsLast12Months,
                    upheldComplaintsLast12Months,
                    compensationLast12Months);
        }
    }
}
