package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.tandem.outcomes.Direction;
import org.tandem.outcomes.Frequency;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.IndicatorKind;
import org.tandem.outcomes.MeasurementMethod;
import org.tandem.outcomes.internal.OutcomeRules;

/** An indicator as an API client sends it. */
record IndicatorRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = OutcomeRules.NAME_MAX) String name,
        @Schema(maxLength = OutcomeRules.TEXT_MAX) String definition,
        @Schema(maxLength = OutcomeRules.UNIT_MAX, example = "% of young people") String unit,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Direction direction,
        @Schema(description = "Where it is now, in the unit; up to four decimal places") BigDecimal baseline,
        @Schema(description = "Where it should get to, in the unit; up to four decimal places") BigDecimal target,
        @Schema(maxLength = OutcomeRules.SOURCE_MAX) String dataSource, Frequency frequency,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) IndicatorKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MeasurementMethod method,
        @Schema(description = "When changing an indicator: the version you read") Integer version) {

    IndicatorDraft draft() {
        return new IndicatorDraft(name, definition, unit, direction, baseline, target, dataSource, frequency, kind,
                method);
    }
}
