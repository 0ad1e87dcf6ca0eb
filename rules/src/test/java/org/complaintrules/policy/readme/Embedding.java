package org.complaintrules.policy.readme;

// spotless:off (README.md shows this file from its first import to its end, exactly)
import java.time.Instant;
import org.complaintrules.api.Advice;
import org.complaintrules.api.Category;
import org.complaintrules.api.Channel;
import org.complaintrules.api.Complaint;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.api.Customer;
import org.complaintrules.api.Money;
import org.complaintrules.drools.DroolsComplaintAdvisor;

public class Embedding {
    public static void main(String[] args) {
        ComplaintAdvisor advisor = DroolsComplaintAdvisor.builder().build(); // the bundled default policy
        ComplaintCase complaintCase = ComplaintCase.of(
                Complaint.builder("C-1001", Instant.parse("2026-11-20T10:15:00Z"), Channel.EMAIL, Category.PRODUCT_QUALITY)
                        .text("The blender broke after two days. I want my money back.")
                        .claimedLoss(Money.of("89.99", "EUR"))
                        .build(),
                Customer.of("K-77"));
        Advice advice = advisor.advise(complaintCase);
        System.out.println(advice.complainantType() + ", offer up to " + advice.compensation().maxAmount());
    }
}
// spotless:on
