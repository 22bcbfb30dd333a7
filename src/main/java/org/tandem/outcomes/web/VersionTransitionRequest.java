package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Sends a draft to a review group, or takes a version back from review. */
record VersionTransitionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Transition transition,
                                @Schema(description = "The review group, when sending for review") UUID groupId) {

    enum Transition { SEND_FOR_REVIEW, WITHDRAW }
}
