package org.complaintrules.api;

/**
 * One complaint case, the input of {@link ComplaintAdvisor#advise(ComplaintCase)}.
 *
 * @param complaint the complaint
 * @param customer who complains
 * @param conversation the conversation so far; {@code null} becomes {@link Conversation#first()}
 */
public record ComplaintCase(Complaint complaint, Customer customer, Conversation conversation) {

    /**
     * Validates the components.
     *
     * @throws InvalidInputException naming {@code complaint} or {@code customer} when missing, or
     *         {@code customer.customerSince} when it is after the complaint's date of receipt (taken in
     *         {@link Complaint#timeZone()} when given, else as the latest date anywhere at
     *         {@code receivedAt}, UTC+14; an advisor checks it again in the case's time zone once it is
     *         known)
     * @param complaint the complaint
     * @param customer who complains
     * @param conversation the conversation so far; {@code null} becomes {@link Conversation#first()}
     */
    public ComplaintCase {
        Checks.required(complaint, "complaint");
        Checks.required(customer, "customer");
        if (customer.customerSince() != null) {
            java.time.LocalDate received = Checks.receivedDate(complaint.receivedAt(), complaint.timeZone());
            if (customer.customerSince().isAfter(received)) {
                throw new InvalidInputException(
                        "customer.customerSince",
                        "must not be after complaint.receivedAt (" + received + " "
                                + Checks.receivedDateBasis(complaint.timeZone()) + "), was \""
                                + customer.customerSince() + "\"");
            }
        }
        if (conversation == null) {
            conversation = Conversation.first();
        }
    }

    /**
     * A first-contact case.
     *
     * @param complaint the complaint
     * @param customer who complains
     * @return the case
     */
    public static ComplaintCase of(Complaint complaint, Customer customer) {
        return new ComplaintCase(complaint, customer, null);
    }

    /** @return the complaint's id, which the advice answers under */
    public String id() {
        return complaint.id();
    }
}
