package org.complaintrules.api;

import java.util.List;

/**
 * A draft reply to the customer (CONTRACT.md section 5.3, the top-level {@code reply} of the
 * advice, present when the case asks for one with {@link Complaint#replyDraft()}). A draft for an
 * agent to edit, never sent by the library. Since 0.2.
 *
 * @param kind the kind of letter
 * @param language the BCP-47 tag of the language it is written in, e.g. {@code "ru"}
 * @param subject the subject line; may hold {@code {placeholders}}
 * @param body the letter; placeholders that only the host knows appear as {@code {agentName}}
 * @param clauses codes of the clauses the letter carries, e.g. {@code FOS_REFERRAL_RIGHTS}; never {@code null}
 * @param missingFacts what the placeholders stand for, for the agent to fill in; never {@code null}
 */
public record Reply(
        ReplyKind kind, String language, String subject, String body, List<String> clauses, List<String> missingFacts) {
    /**
     * Validates the components and copies the lists; {@code null} lists become empty.
     *
     * @throws InvalidInputException naming the field and quoting the value when {@code kind},
     *         {@code subject} or {@code body} is missing, {@code language} is not a BCP-47 tag, or a
     *         list entry is null or blank
     * @param kind the kind of letter
     * @param language a BCP-47 tag, or {@code null} to let the library infer it from the text
     * @param subject the subject line; may hold {@code {placeholders}}
     * @param body the letter; placeholders that only the host knows appear as {@code {agentName}}
     * @param clauses codes of the clauses the letter carries, e.g. {@code FOS_REFERRAL_RIGHTS}; never {@code null}
     * @param missingFacts what the placeholders stand for, for the agent to fill in; never {@code null}
     */
    public Reply {
        Checks.required(kind, "kind");
        Checks.required(language, "language");
        Checks.languageTag(language, "language");
        Checks.required(subject, "subject");
        Checks.required(body, "body");
        clauses = Checks.list(clauses, "clauses");
        missingFacts = Checks.list(missingFacts, "missingFacts");
        for (int i = 0; i < clauses.size(); i++) {
            Checks.nonBlank(clauses.get(i), "clauses[" + i + "]");
        }
        for (int i = 0; i < missingFacts.size(); i++) {
            Checks.nonBlank(missingFacts.get(i), "missingFacts[" + i + "]");
        }
    }
}
