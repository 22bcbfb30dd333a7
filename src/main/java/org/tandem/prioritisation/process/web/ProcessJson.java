package org.tandem.prioritisation.process.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;

/** A process in the API. Amounts are strings of pounds and pence, so no client turns them into floating point. */
record ProcessJson(UUID id, UUID commissionId, String title, String description, String budget,
                   List<DistrictJson> districts, List<PhaseJson> phases, PbPhase currentPhase,
                   Eligibility eligibility, List<String> wards, List<String> postcodes, Integer minimumAge,
                   boolean published, BallotJson ballot, int version) {

    /** How voting works: only the limits of its type are present. */
    record BallotJson(BallotType type, Integer minProjects, Integer maxProjects, Integer minSpendPercent,
                      Integer points, Integer maxPointsPerProject, Integer maxRanked) {
    }

    record DistrictJson(UUID id, String name, String budget) {
    }

    record PhaseJson(PbPhase phase, LocalDate startsOn, LocalDate endsOn) {
    }

    static ProcessJson of(PbProcessView p, BallotSettings b, LocalDate today) {
        return new ProcessJson(p.id(), p.commissionId(), p.title(), p.description(), p.budget().plain(),
                p.districts().stream().map(d -> new DistrictJson(d.id(), d.name(), d.budget().plain())).toList(),
                p.phases().stream().map(d -> new PhaseJson(d.phase(), d.startsOn(), d.endsOn())).toList(),
                p.phaseOn(today).orElse(null), p.eligibility(), p.eligibleWards(), p.eligiblePostcodes(),
                p.minimumAge(), p.published(), new BallotJson(b.type(), b.minProjects(), b.maxProjects(),
                        b.minSpendPercent(), b.points(), b.maxPointsPerProject(), b.maxRanked()), p.version());
    }
}
