package org.complaintrules.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.complaintrules.api.Advice;

/** What the application keeps of one advice. */
@Entity
public class AdviceRecord {
    @Id
    private String caseId;

    private String complainantType;
    private String escalationLevel;
    private BigDecimal maxAmount;
    private String ruleSetChecksum;

    /** For JPA. */
    protected AdviceRecord() {}

    /**
     * @param advice the advice to keep
     */
    public AdviceRecord(Advice advice) {
        this.caseId = advice.caseId();
        this.complainantType = advice.complainantType().name();
        this.escalationLevel = advice.escalation().level().name();
        this.maxAmount = advice.compensation().maxAmount().amount();
        this.ruleSetChecksum = advice.ruleSet().checksum();
    }

    /** @return the case id */
    public String getCaseId() {
        return caseId;
    }

    /** @return the complainant type */
    public String getComplainantType() {
        return complainantType;
    }

    /** @return the escalation level */
    public String getEscalationLevel() {
        return escalationLevel;
    }

    /** @return the most that may be offered */
    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    /** @return the checksum of the rule set that advised */
    public String getRuleSetChecksum() {
        return ruleSetChecksum;
    }
}
