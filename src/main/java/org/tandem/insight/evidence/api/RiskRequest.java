package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.evidence.risks.CitizenAcceptance;
import org.tandem.insight.evidence.risks.Impact;
import org.tandem.insight.evidence.risks.Likelihood;
import org.tandem.insight.evidence.risks.RiskBearer;
import org.tandem.insight.evidence.risks.RiskChecks;
import org.tandem.insight.evidence.risks.RiskDraft;
import org.tandem.insight.evidence.risks.RiskStatus;
import org.tandem.platform.SelfChecking;

/** A risk as an API client sends it, checked by the same {@link RiskChecks} as the pages. */
record RiskRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = RiskChecks.TITLE_MAX) String title,
        @Schema(maxLength = RiskChecks.TEXT_MAX) String description,
        @ArraySchema(arraySchema = @Schema(description = "Whose risk it is"),
                schema = @Schema(implementation = RiskBearer.class)) List<String> bearers,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What taking it could make possible")
        String benefits,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What could go wrong, and for whom")
        String disbenefits,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = CitizenAcceptance.class)
        String acceptance,
        @Schema(description = "How citizens judged it; needed unless acceptance is NOT_YET_ASKED")
        String acceptanceReasoning,
        @Schema(description = "How that was found out; needed unless acceptance is NOT_YET_ASKED")
        String acceptanceFoundBy,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Likelihood.class) String likelihood,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Impact.class) String impact,
        String mitigation, String owner,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = RiskStatus.class,
                description = "TAKEN only once citizens accept it") String status,
        @Schema(description = "When changing a risk: the version you read") Integer version) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        RiskChecks.check(typed(), errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    RiskDraft draft() {
        return RiskChecks.draft(typed());
    }

    private RiskChecks.Typed typed() {
        return new RiskChecks.Typed(title, description, bearers, benefits, disbenefits, acceptance,
                acceptanceReasoning, acceptanceFoundBy, likelihood, impact, mitigation, owner, status);
    }
}
