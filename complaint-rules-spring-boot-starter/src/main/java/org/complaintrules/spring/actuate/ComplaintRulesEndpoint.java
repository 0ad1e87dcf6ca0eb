package org.complaintrules.spring.actuate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.complaintrules.api.CaseError;
import org.complaintrules.api.ComplaintRulesException;
import org.complaintrules.api.ErrorCode;
import org.complaintrules.api.RuleSetInfo;
import org.complaintrules.spring.ManagedComplaintAdvisor;
import org.complaintrules.spring.PolicyNotReadyException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * The actuator endpoint {@code complaintrules}: {@code GET /actuator/complaintrules} shows the policy
 * in force and the last reload; {@code POST /actuator/complaintrules} reloads the policy (re-reading a
 * rules directory) and answers the new rule set, or, when the rules do not compile, 500 with the
 * contract's error object listing every error as {@code file:line: message} (the rules in force
 * stay). Expose it with {@code management.endpoints.web.exposure.include=health,complaintrules}.
 */
@Endpoint(id = "complaintrules")
public class ComplaintRulesEndpoint {
    private final ManagedComplaintAdvisor advisor;

    /** @param advisor the advisor */
    public ComplaintRulesEndpoint(ManagedComplaintAdvisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
    }

    /** @return the state, the policy in force, the rule count and the last reload */
    @ReadOperation
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", advisor.state().name());
        if (advisor.state() == ManagedComplaintAdvisor.State.READY) {
            out.put("ruleSet", ruleSet(advisor.ruleSet()));
            out.put("rules", advisor.rules().size());
            out.put("compileTimeMs", advisor.compileTime().toMillis());
        } else if (advisor.failure() != null) {
            out.put("error", advisor.failure().getMessage());
        }
        out.put(
                "lastReload",
                advisor.lastReload() == null ? null : advisor.lastReload().toString());
        out.put("lastReloadError", advisor.lastReloadError());
        return out;
    }

    /**
     * Reloads the policy.
     *
     * @return 200 and {@code {"ruleSet": {...}, "rules": N}}; 500 and the contract error object when
     *         the rules do not compile or cannot be read; 503 while the first compile runs
     */
    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> reload() {
        try {
            RuleSetInfo info = advisor.reload();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("ruleSet", ruleSet(info));
            out.put("rules", advisor.rules().size());
            return new WebEndpointResponse<>(out, WebEndpointResponse.STATUS_OK);
        } catch (PolicyNotReadyException e) {
            return new WebEndpointResponse<>(
                    error(CaseError.of(null, e)), WebEndpointResponse.STATUS_SERVICE_UNAVAILABLE);
        } catch (ComplaintRulesException e) {
            return new WebEndpointResponse<>(
                    error(CaseError.of(null, e)), WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR);
        } catch (RuntimeException e) {
            return new WebEndpointResponse<>(
                    error(new CaseError(
                            null, ErrorCode.RULES_FAILED, null, "the policy could not be reloaded: " + e.getMessage())),
                    WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR);
        }
    }

    private static Map<String, Object> ruleSet(RuleSetInfo info) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", info.name());
        r.put("version", info.version());
        r.put("checksum", info.checksum());
        return r;
    }

    /** The contract's error object (CONTRACT.md section 3) as a map. */
    private static Map<String, Object> error(CaseError e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code().name());
        error.put("field", e.field());
        error.put("message", e.message());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", null);
        out.put("error", error);
        return out;
    }
}
