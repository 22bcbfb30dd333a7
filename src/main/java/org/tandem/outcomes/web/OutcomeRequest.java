package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;
import org.tandem.outcomes.internal.OutcomeRules;

/** An outcome as an API client sends it; only {@code ownWords} is needed, the classification can follow. */
record OutcomeRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = OutcomeRules.WORDING_MAX,
                example = "I have somewhere safe to go and someone to talk to") String ownWords,
        @Schema(maxLength = OutcomeRules.WORDING_MAX) String professionalWording,
        OutcomeLevel level, ValueType valueType, WellbeingElement wellbeingElement, Set<WayToWellbeing> fiveWays,
        Set<BottomLine> bottomLines, PreventionLevel preventionLevel, InterventionPathway pathway,
        @Schema(description = "Who shaped the wording, by kind of participant") Set<ParticipantKind> shapedBy,
        @Schema(description = "When changing an outcome: the version you read") Integer version) {

    OutcomeDraft draft() {
        return new OutcomeDraft(ownWords, professionalWording, level, valueType, wellbeingElement, fiveWays,
                bottomLines, preventionLevel, pathway, shapedBy);
    }
}
