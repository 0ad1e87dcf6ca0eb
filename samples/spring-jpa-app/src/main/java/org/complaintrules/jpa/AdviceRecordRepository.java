package org.complaintrules.jpa;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The advice log; its JPQL queries go through Hibernate's ANTLR-generated parser. */
public interface AdviceRecordRepository extends JpaRepository<AdviceRecord, String> {
    /**
     * @param type a complainant type
     * @return its records, by case id
     */
    @Query("select r from AdviceRecord r where r.complainantType = :type order by r.caseId")
    List<AdviceRecord> ofType(@Param("type") String type);

    /**
     * @param level an escalation level
     * @return the total that may be offered on cases escalated to it
     */
    @Query("select coalesce(sum(r.maxAmount), 0) from AdviceRecord r where r.escalationLevel = :level")
    BigDecimal exposureAt(@Param("level") String level);
}
