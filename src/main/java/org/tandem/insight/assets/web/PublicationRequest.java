package org.tandem.insight.assets.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;

/** Publishes an asset in the public directory (true) or takes it out (false). */
record PublicationRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean published,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                  description = "The version of the asset you read") Integer version)
        implements SelfChecking {

    @Override
    public void check(Errors errors) {
        if (published == null) {
            errors.rejectValue("published", "required", "Send published as true or false");
        }
        if (version == null) {
            errors.rejectValue("version", "required", "Send the version of the asset you read");
        }
    }
}
