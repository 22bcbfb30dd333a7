package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.insight.quality.AmberThreshold;
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.RoundStatus;
import org.tandem.insight.quality.RoundTransition;
import org.tandem.insight.quality.VisitCombination;

/** An assessment round in the API. {@code version} goes back with every change, so nobody overwrites another's. */
record QualityRoundJson(UUID id, UUID commissionId, String title, String purpose, LocalDate visitsFrom,
                        LocalDate visitsUntil, RoundStatus status,
                        @Schema(nullable = true, description = "The step the round can take next; null once closed")
                        RoundTransition nextStep, QualityRuleJson rule, Instant createdAt, int version) {

    /** How the round turns ratings into a recommendation, with the rule in words. */
    record QualityRuleJson(int redAreas, AmberThreshold amberThreshold, VisitCombination visitCombination,
                           String description) {
    }

    static QualityRoundJson of(QualityRound round) {
        return new QualityRoundJson(round.id(), round.commissionId(), round.title(), round.purpose(),
                round.visitsFrom(), round.visitsUntil(), round.status(), round.nextStep(),
                new QualityRuleJson(round.rule().redAreas(), round.rule().amber(), round.rule().combination(),
                        round.rule().describe()), round.createdAt(), round.version());
    }
}
