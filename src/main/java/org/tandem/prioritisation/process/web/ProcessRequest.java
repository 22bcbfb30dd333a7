package org.tandem.prioritisation.process.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.FormValues;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PhaseDates;
import org.tandem.prioritisation.process.PhaseFields;
import org.tandem.prioritisation.process.ProcessDetails;

/**
 * A process as an API client sends it. Values stay text until checked, so a wrong one is reported against its
 * property; the same rules as the form then apply.
 */
record ProcessRequest(
        @Schema(format = "uuid", description = "The commission it belongs to; leave out for a process on its own")
        String commissionId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "60000.00") String budget,
        List<DistrictRequest> districts,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "All six phases, in order")
        List<PhaseRequest> phases,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = Eligibility.class) String eligibility,
        List<String> wards, List<String> postcodes,
        @Schema(minimum = "1", maximum = "120") Integer minimumAge, Boolean published,
        @Schema(description = "How voting works; an approval ballot with no limits when left out") BallotRequest ballot,
        @Schema(description = "When changing a process: the version you read") Integer version) {

    record DistrictRequest(@Schema(maxLength = 100) String name, @Schema(example = "20000.00") String budget) {
    }

    record BallotRequest(@Schema(implementation = BallotType.class) String type,
                         @Schema(description = "APPROVAL: the least number of projects ticked") Integer minProjects,
                         @Schema(description = "APPROVAL: the most projects ticked") Integer maxProjects,
                         @Schema(description = "COST_LIMITED: the least share of the budget to spend, in per cent",
                                 minimum = "1", maximum = "100") Integer minSpendPercent,
                         @Schema(description = "CUMULATIVE: the points each voter shares out") Integer points,
                         @Schema(description = "CUMULATIVE: the most points on one project")
                         Integer maxPointsPerProject,
                         @Schema(description = "RANKING: the most projects ranked") Integer maxRanked) {

        BallotSettings settings() {
            BallotType kind = FormValues.enumValue(BallotType.class, type);
            if (kind == null) {
                throw new RuleViolation("ballot.type", "ballot.type must be APPROVAL, COST_LIMITED, CUMULATIVE or "
                        + "RANKING");
            }
            return new BallotSettings(kind, minProjects, maxProjects, minSpendPercent, points, maxPointsPerProject,
                    maxRanked);
        }
    }

    record PhaseRequest(@Schema(implementation = PbPhase.class) String phase,
                        @Schema(format = "date", example = "2027-01-11") String startsOn,
                        @Schema(format = "date", example = "2027-02-07") String endsOn) {
    }

    ProcessDetails details() {
        UUID commission = null;
        if (commissionId != null && !commissionId.isBlank()) {
            commission = FormValues.uuid(commissionId);
            if (commission == null) {
                throw new RuleViolation("commissionId", "commissionId must be the id of a commission");
            }
        }
        Money amount = Money.parse(budget);
        if (amount == null) {
            throw new RuleViolation("budget", "budget must be an amount of pounds and pence, for example 60000.00");
        }
        List<ProcessDetails.DistrictBudget> areas = districts == null ? List.of() : districts.stream().map(d -> {
            Money money = d == null ? null : Money.parse(d.budget());
            if (money == null) {
                throw new RuleViolation("districts", "Each district needs a budget in pounds and pence");
            }
            return new ProcessDetails.DistrictBudget(d.name(), money);
        }).toList();
        Eligibility who = FormValues.enumValue(Eligibility.class, eligibility);
        if (who == null) {
            throw new RuleViolation("eligibility", "eligibility must be SIGNED_IN or VERIFICATION_CODE");
        }
        return new ProcessDetails(commission, title, description, amount, areas, phaseDates(), who, wards, postcodes,
                minimumAge, Boolean.TRUE.equals(published), ballot == null ? null : ballot.settings());
    }

    private List<PhaseDates> phaseDates() {
        if (phases == null) {
            return List.of();
        }
        return phases.stream().map(p -> {
            PbPhase phase = p == null ? null : FormValues.enumValue(PbPhase.class, p.phase());
            if (phase == null) {
                throw new RuleViolation("phases", "Each phase must be one of PROPOSAL_COLLECTION, "
                        + "REVIEW_AND_COSTING, VOTING, COUNTING, RESULTS, IMPLEMENTATION");
            }
            return new PhaseDates(phase, date(p.startsOn(), PhaseFields.start(phase)),
                    date(p.endsOn(), PhaseFields.end(phase)));
        }).toList();
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.length() != 10) {
            throw new RuleViolation(field, "Dates are written as YYYY-MM-DD, for example 2027-01-11");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, text + " is not a real date");
        }
    }
}
