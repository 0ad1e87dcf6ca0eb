package org.complaintrules.api;

/**
 * The kind of letter a reply draft is (CONTRACT.md section 5.3, {@code complaint.replyDraft} and
 * {@code reply.kind}). Since 0.2.
 */
public enum ReplyKind {
    /**
     * The answer to the complaint; where the profile defines a summary resolution communication or
     * a final response, it is written to serve as one and carries their required clauses.
     */
    RESPONSE,
    /** Acknowledges receipt and says what happens next. */
    ACKNOWLEDGEMENT,
    /** No final answer yet: the PSD2 holding reply, the FCA 8-week letter. */
    HOLDING,
    /** The final response, with the referral rights the profile requires. */
    FINAL_RESPONSE
}
