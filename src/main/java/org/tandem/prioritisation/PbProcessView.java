package org.tandem.prioritisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.Money;

/**
 * A participatory-budgeting process as other parts of Tandem see it (ballots, counting, results, implementation).
 * {@code commissionId} is null for a process that stands alone.
 */
public record PbProcessView(UUID id, UUID organisationId, UUID commissionId, String title, String description,
                            Money budget, List<District> districts, List<PhaseDates> phases, Eligibility eligibility,
                            List<String> eligibleWards, List<String> eligiblePostcodes, Integer minimumAge,
                            boolean published, Instant createdAt, int version) {

    public PbProcessView {
        districts = List.copyOf(districts);
        phases = List.copyOf(phases);
        eligibleWards = List.copyOf(eligibleWards);
        eligiblePostcodes = List.copyOf(eligiblePostcodes);
    }

    /** The phase running on this London day; empty before the first phase starts and after the last one ends. */
    public Optional<PbPhase> phaseOn(LocalDate day) {
        return phases.stream().filter(p -> p.includes(day)).map(PhaseDates::phase).findFirst();
    }

    public PhaseDates dates(PbPhase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }

    /** What the district budgets add up to; never more than the whole budget. */
    public Money districtTotal() {
        return districts.stream().map(District::budget).reduce(Money.ZERO, Money::plus);
    }

    public Optional<District> district(UUID districtId) {
        return districts.stream().filter(d -> d.id().equals(districtId)).findFirst();
    }
}
