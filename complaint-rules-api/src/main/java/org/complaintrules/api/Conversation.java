package org.complaintrules.api;

/**
 * The conversation about this complaint so far (CONTRACT.md section 1, {@code conversation}).
 *
 * @param contacts contacts about this complaint so far, this one included; at least 1
 * @param offersRejected offers the customer answered with "not good enough"
 * @param lastOffer the last offer made, or {@code null}
 */
public record Conversation(int contacts, int offersRejected, Money lastOffer) {

    /**
     * Validates the components.
     *
     * @throws InvalidInputException naming the field and quoting the value when one is out of range
     * @param contacts contacts about this complaint so far, this one included; at least 1
     * @param offersRejected offers the customer answered with "not good enough"
     * @param lastOffer the last offer made, or {@code null}
     */
    public Conversation {
        Checks.count(contacts, "contacts", 1);
        Checks.count(offersRejected, "offersRejected", 0);
    }

    /** @return the first contact: one contact, no offers */
    public static Conversation first() {
        return new Conversation(1, 0, null);
    }
}
