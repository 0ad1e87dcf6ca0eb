package org.complaintrules.jpa;

import org.complaintrules.api.Advice;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Advises cases and keeps the advice. */
@Service
public class AdviceLog {
    private final ComplaintAdvisor advisor;
    private final AdviceRecordRepository records;

    /**
     * @param advisor the starter's advisor
     * @param records the log
     */
    public AdviceLog(ComplaintAdvisor advisor, AdviceRecordRepository records) {
        this.advisor = advisor;
        this.records = records;
    }

    /**
     * @param complaintCase a case
     * @return its advice, now kept
     */
    @Transactional
    public Advice adviseAndKeep(ComplaintCase complaintCase) {
        Advice advice = advisor.advise(complaintCase);
        records.save(new AdviceRecord(advice));
        return advice;
    }
}
