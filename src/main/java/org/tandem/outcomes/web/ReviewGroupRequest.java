package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.tandem.outcomes.internal.OutcomeRules;

/** A review group: its name, what it does and its members, people of the organisation in any role. */
record ReviewGroupRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = OutcomeRules.TITLE_MAX) String name,
        @Schema(maxLength = OutcomeRules.TEXT_MAX) String purpose,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<UUID> memberIds,
        @Schema(description = "When changing a group: the version you read") Integer version) {
}
