package org.tandem.prioritisation.process;

import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.PbProcessView;

/** What a proposal must say, and what a cost may be: from nothing up to the whole budget, in pounds and pence. */
final class ProposalRules {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int PLACE_MAX = 200;
    static final int REASON_MAX = 2000;

    private ProposalRules() {
    }

    static ProposalRepository.Submission checked(PbProcessView process, ProposalService.Proposer proposer,
                                                 ProposalService.ProposalDraft d) {
        String title = required(d.title(), "title", "a title for your idea", TITLE_MAX);
        String description = required(d.description(), "description", "what your idea is and who it is for",
                DESCRIPTION_MAX);
        String location = optional(d.location(), "location", PLACE_MAX);
        String ward = optional(d.ward(), "ward", PLACE_MAX);
        if (ward != null && !process.eligibleWards().isEmpty() && !process.eligibleWards().contains(ward)) {
            throw new RuleViolation("ward", "Choose one of the wards this process covers");
        }
        if (d.districtId() != null && process.district(d.districtId()).isEmpty()) {
            throw new RuleViolation("districtId", "Choose one of the areas of this process");
        }
        if (d.estimatedCost() == null) {
            throw new RuleViolation("estimatedCost", "Enter roughly what it would cost in pounds, for example 2500");
        }
        cost(d.estimatedCost(), "estimatedCost", process);
        return new ProposalRepository.Submission(d.districtId(), title, description, location, ward,
                d.estimatedCost(), proposer.personId(), proposer.name(), proposer.email());
    }

    /** No negative cost, and none bigger than the budget it would come from. */
    static void cost(Money cost, String field, PbProcessView process) {
        if (cost.isNegative()) {
            throw new RuleViolation(field, "A cost cannot be less than £0");
        }
        if (cost.compareTo(process.budget()) > 0) {
            throw new RuleViolation(field, "A cost cannot be more than the whole budget of " + process.budget());
        }
    }

    static String required(String value, String field, String what, int max) {
        String tidy = optional(value, field, max);
        if (tidy == null) {
            throw new RuleViolation(field, "Enter " + what);
        }
        return tidy;
    }

    static String optional(String value, String field, int max) {
        String tidy = value == null ? "" : value.strip();
        if (tidy.length() > max) {
            throw new RuleViolation(field, "Keep this to " + max + " characters or fewer");
        }
        return tidy.isEmpty() ? null : tidy;
    }
}
