package org.tandem.prioritisation.process;

import java.util.List;
import java.util.UUID;
import org.tandem.platform.Money;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PhaseDates;

/**
 * A process as an officer sets it up, before the rules have checked it. {@code commissionId} is null for a process
 * that stands alone; {@code minimumAge} is null when there is none;
 * {@code ballot} is how voting works, approval with no limits when left out.
 */
public record ProcessDetails(UUID commissionId, String title, String description, Money budget,
                             List<DistrictBudget> districts, List<PhaseDates> phases, Eligibility eligibility,
                             List<String> wards, List<String> postcodes, Integer minimumAge, boolean published,
                             BallotSettings ballot) {

    public ProcessDetails {
        ballot = ballot == null ? BallotSettings.DEFAULT : ballot;
        districts = districts == null ? List.of() : List.copyOf(districts);
        phases = phases == null ? List.of() : List.copyOf(phases);
        wards = wards == null ? List.of() : List.copyOf(wards);
        postcodes = postcodes == null ? List.of() : List.copyOf(postcodes);
    }

    /** A process with the default ballot: approval, no limits. */
    public ProcessDetails(UUID commissionId, String title, String description, Money budget,
                          List<DistrictBudget> districts, List<PhaseDates> phases, Eligibility eligibility,
                          List<String> wards, List<String> postcodes, Integer minimumAge, boolean published) {
        this(commissionId, title, description, budget, districts, phases, eligibility, wards, postcodes, minimumAge,
                published, BallotSettings.DEFAULT);
    }

    public ProcessDetails withBallot(BallotSettings settings) {
        return new ProcessDetails(commissionId, title, description, budget, districts, phases, eligibility, wards,
                postcodes, minimumAge, published, settings);
    }

    /** An area or category and its budget, as typed. */
    public record DistrictBudget(String name, Money budget) {
    }
}
