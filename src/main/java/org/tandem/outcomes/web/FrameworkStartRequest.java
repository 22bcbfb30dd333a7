package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Starts a commission's framework, blank or from one of the organisation's templates. */
record FrameworkStartRequest(@Schema(description = "A template to copy; blank for an empty framework")
                             UUID templateId) {
}
