package org.complaintrules.spring.slice;

// spotless:off (README.md shows this file from its first import to its end, exactly)
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ComplaintController {
    private final ComplaintAdvisor advisor;

    public ComplaintController(ComplaintAdvisor advisor) {
        this.advisor = advisor;
    }

    @PostMapping("/complaints/advice")
    public CaseResult advise(@RequestBody ComplaintCase complaintCase) {
        return advisor.tryAdvise(complaintCase); // the advice, or the contract's error object
    }
}
// spotless:on
