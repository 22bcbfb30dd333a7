package org.tandem.insight.evidence.risks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a commission's co-produced risk register (seed 002): whose risk it is, the benefits and disbenefits
 * of taking it, whether citizens accept it and how that was found out, how likely and how harmful it is, what is
 * done about it and who looks after it.
 */
public record Risk(UUID id, UUID organisationId, UUID commissionId, String title, String description,
                   List<RiskBearer> bearers, String benefits, String disbenefits, CitizenAcceptance acceptance,
                   String acceptanceReasoning, String acceptanceFoundBy, Likelihood likelihood, Impact impact,
                   String mitigation, String owner, RiskStatus status, Instant createdAt, Instant updatedAt,
                   int version) {

    public Risk {
        bearers = List.copyOf(bearers);
    }

    /** Likelihood times impact: 1 to 25. */
    public int score() {
        return likelihood.points() * impact.points();
    }

    public Rating rating() {
        return Rating.of(score());
    }

    /** The usual bands of a five-by-five risk matrix. */
    public enum Rating {
        LOW("Low"), MEDIUM("Medium"), HIGH("High");

        private final String label;

        Rating(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Rating of(int score) {
            return score >= 15 ? HIGH : score >= 5 ? MEDIUM : LOW;
        }
    }

    public String bearerNames() {
        return String.join(", ", bearers.stream().map(RiskBearer::label).toList());
    }
}
