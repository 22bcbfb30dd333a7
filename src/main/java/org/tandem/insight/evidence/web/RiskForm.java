package org.tandem.insight.evidence.web;

import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.evidence.risks.Risk;
import org.tandem.insight.evidence.risks.RiskChecks;
import org.tandem.insight.evidence.risks.RiskDraft;
import org.tandem.platform.SelfChecking;

/** A risk as typed into the register's form. */
public record RiskForm(String title, String description, List<String> bearers, String benefits, String disbenefits,
                       String acceptance, String acceptanceReasoning, String acceptanceFoundBy, String likelihood,
                       String impact, String mitigation, String owner, String status, Integer version)
        implements SelfChecking {

    static RiskForm blank() {
        return new RiskForm("", "", List.of(), "", "", null, "", "", null, null, "", "", "OPEN", null);
    }

    static RiskForm of(Risk r) {
        return new RiskForm(r.title(), r.description(), r.bearers().stream().map(Enum::name).toList(), r.benefits(),
                r.disbenefits(), r.acceptance().name(), r.acceptanceReasoning(), r.acceptanceFoundBy(),
                r.likelihood().name(), r.impact().name(), r.mitigation(), r.owner(), r.status().name(), r.version());
    }

    @Override
    public void check(Errors errors) {
        RiskChecks.check(typed(), errors);
    }

    RiskDraft toDraft() {
        return RiskChecks.draft(typed());
    }

    private RiskChecks.Typed typed() {
        return new RiskChecks.Typed(title, description, bearers, benefits, disbenefits, acceptance,
                acceptanceReasoning, acceptanceFoundBy, likelihood, impact, mitigation, owner, status);
    }
}
