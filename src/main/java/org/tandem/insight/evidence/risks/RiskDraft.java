package org.tandem.insight.evidence.risks;

import java.util.Set;

/** A risk's details once checked ({@link RiskChecks}). */
public record RiskDraft(String title, String description, Set<RiskBearer> bearers, String benefits,
                        String disbenefits, CitizenAcceptance acceptance, String acceptanceReasoning,
                        String acceptanceFoundBy, Likelihood likelihood, Impact impact, String mitigation,
                        String owner, RiskStatus status) {

    public RiskDraft {
        bearers = Set.copyOf(bearers);
    }
}
