package org.tandem.prioritisation.process.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.tandem.platform.FormValues;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.process.ProposalService;

/**
 * What API clients send about proposals. Values stay text until checked, so a wrong one is reported against its
 * property; the same rules as the pages then apply.
 */
final class ProposalRequests {

    private ProposalRequests() {
    }

    record ProposalRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String description,
            @Schema(maxLength = 200) String location,
            @Schema(maxLength = 200, description = "One of the wards the process covers") String ward,
            @Schema(format = "uuid", description = "The area of the fund it would come from") String districtId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2500.00") String estimatedCost,
            @Schema(description = "Ids of outcomes of the commission's agreed outcomes framework it helps with")
            List<String> outcomeIds) {

        ProposalService.ProposalDraft draft() {
            if (districtId != null && !districtId.isBlank() && FormValues.uuid(districtId) == null) {
                throw new RuleViolation("districtId", "districtId must be the id of one of the process's areas");
            }
            Money cost = Money.parse(estimatedCost);
            if (cost == null) {
                throw new RuleViolation("estimatedCost", "estimatedCost must be an amount of pounds and pence, "
                        + "for example 2500.00");
            }
            return new ProposalService.ProposalDraft(FormValues.uuid(districtId), title, description, location,
                    ward, cost, OutcomeChoices.ids(outcomeIds));
        }
    }

    record AssessmentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Feasibility.class)
            String feasibility,
            @Schema(maxLength = 2000, description = "Shown to everyone") String feasibilityNote,
            @Schema(example = "4200.00", description = "The final cost the vote uses; needs costReason")
            String finalCost,
            @Schema(maxLength = 2000, description = "Why the final cost is what it is; shown to everyone")
            String costReason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version you read")
            Integer version) {

        Feasibility feasibilityValue() {
            Feasibility value = FormValues.enumValue(Feasibility.class, feasibility);
            if (value == null) {
                throw new RuleViolation("feasibility", "feasibility must be one of FEASIBLE, NOT_FEASIBLE or "
                        + "NOT_ASSESSED");
            }
            return value;
        }

        Money finalCostValue() {
            if (finalCost == null || finalCost.isBlank()) {
                return null;
            }
            Money cost = Money.parse(finalCost);
            if (cost == null) {
                throw new RuleViolation("finalCost", "finalCost must be an amount of pounds and pence, for example "
                        + "4200.00");
            }
            return cost;
        }
    }

    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ACCEPTED", "REJECTED", "MERGED"})
            String status,
            @Schema(maxLength = 2000, description = "The public reason; needed to accept or reject") String reason,
            @Schema(format = "uuid", description = "For MERGED: the proposal it duplicates") String mergeInto,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version you read")
            Integer version) {

        ProposalService.Decision decision() {
            ProposalStatus value = FormValues.enumValue(ProposalStatus.class, status);
            if (value == null || value == ProposalStatus.SUBMITTED) {
                throw new RuleViolation("status", "status must be ACCEPTED, REJECTED or MERGED");
            }
            if (mergeInto != null && !mergeInto.isBlank() && FormValues.uuid(mergeInto) == null) {
                throw new RuleViolation("mergeInto", "mergeInto must be the id of a proposal of this process");
            }
            return new ProposalService.Decision(value, reason, FormValues.uuid(mergeInto));
        }
    }

    record OutcomeLinksRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Ids of outcomes of the agreed outcomes framework; an empty list unlinks them all")
            List<String> outcomeIds) {
    }
}
