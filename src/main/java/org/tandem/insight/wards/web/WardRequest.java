package org.tandem.insight.wards.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.insight.wards.WardRules;
import org.tandem.platform.SelfChecking;

/** A ward's code and name as an API client sends them; {@code version} when renaming. */
record WardRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = WardRules.CODE_MAX,
                           example = "MB05") String code,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = WardRules.NAME_MAX,
                           example = "Eastfield") String name,
                   @Schema(description = "When renaming: the version you read") Integer version)
        implements SelfChecking {

    @Override
    public void check(Errors errors) {
        WardRules.check(code, name, (field, message) -> errors.rejectValue(field, "invalid", message));
    }
}
