package org.complaintrules.api;

/** Signal codes: what the text analysis detects, and what a host may supply. */
public enum SignalType {
    /** Much of the text is in capitals. */
    SHOUTING,
    /** Many exclamation marks. */
    EXCLAMATION,
    /** Insults or obscenities. */
    ABUSIVE_LANGUAGE,
    /** Lawyer, lawsuit, court action. */
    LEGAL_THREAT,
    /** A regulator or ombudsman is named. */
    REGULATOR_MENTION,
    /** Fire, burns, injury, electric shock and the like. */
    SAFETY_RISK,
    /** The customer threatens to leave. */
    CHURN_THREAT,
    /** The customer threatens to go public (reviews, press, social media). */
    PUBLIC_EXPOSURE_THREAT,
    /** Demands action now. */
    DEMANDS_IMMEDIACY,
    /** Complains of having contacted several times already. */
    REPEATED_CONTACT,
    /** The same fault again. */
    RECURRING_FAULT,
    /** Hedging, apologetic, mild wording. */
    MILD_WORDING,
    /**
     * Vulnerable customer, health driver (FCA FG21/1): illness, disability or mental health, of the
     * customer or of someone they care for or act for. Since 0.2.
     */
    VULNERABILITY_HEALTH,
    /**
     * Vulnerable customer, life-event driver (FCA FG21/1): bereavement, divorce or separation, job
     * loss, caring for someone. Since 0.2.
     */
    VULNERABILITY_LIFE_EVENT,
    /**
     * Vulnerable customer, resilience driver (FCA FG21/1): financial hardship, debt, cannot pay
     * bills. Since 0.2.
     */
    VULNERABILITY_RESILIENCE,
    /**
     * Vulnerable customer, capability driver (FCA FG21/1): low literacy or language skills,
     * difficulty with digital services, confusion. Since 0.2.
     */
    VULNERABILITY_CAPABILITY
}
