package org.complaintrules.spring.slice;

import java.util.Map;
import org.complaintrules.api.Advice;
import org.complaintrules.api.CaseResult;
import org.complaintrules.api.ComplaintAdvisor;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.spring.ManagedComplaintAdvisor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What an application writes with the starter: no JSON glue, the contract's JSON in and out. */
@RestController
public class UserController {
    private final ComplaintAdvisor advisor;
    private final ComplaintAdvisor failing;
    private final ManagedComplaintAdvisor compiling;

    UserController(
            ComplaintAdvisor advisor,
            @Qualifier("failing") ComplaintAdvisor failing,
            @Qualifier("compiling") ManagedComplaintAdvisor compiling) {
        this.advisor = advisor;
        this.failing = failing;
        this.compiling = compiling;
    }

    @PostMapping("/my/advise")
    Advice advise(@RequestBody ComplaintCase complaintCase) {
        return advisor.advise(complaintCase);
    }

    @PostMapping("/my/try")
    CaseResult tryAdvise(@RequestBody ComplaintCase complaintCase) {
        return advisor.tryAdvise(complaintCase);
    }

    @PostMapping("/my/failing")
    Advice failing(@RequestBody ComplaintCase complaintCase) {
        return failing.advise(complaintCase);
    }

    @PostMapping("/my/compiling")
    Advice compiling(@RequestBody ComplaintCase complaintCase) {
        return compiling.advise(complaintCase);
    }

    @PostMapping("/my/echo")
    Map<String, Object> echo(@RequestBody Map<String, Object> body) {
        return body;
    }
}
