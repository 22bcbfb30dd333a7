package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.insight.quality.ProviderResponse;
import org.tandem.platform.SelfChecking;

/** A provider's written response to a shared result. */
record ProviderResponseRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        maxLength = ProviderResponse.BODY_MAX) String body) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        ResponseForm.check(body, errors);
    }
}
