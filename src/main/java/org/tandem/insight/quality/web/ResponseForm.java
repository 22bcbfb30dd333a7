package org.tandem.insight.quality.web;

import org.springframework.validation.Errors;
import org.tandem.insight.quality.ProviderResponse;
import org.tandem.platform.SelfChecking;

/** A provider's written response to its results. */
public record ResponseForm(String body) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        check(body, errors);
    }

    static void check(String body, Errors errors) {
        Inputs.required(body, ProviderResponse.BODY_MAX, "body", "Enter your response", "Response", errors);
    }
}
