package org.tandem.prioritisation.process.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;

/** A process in the API. Amounts are strings of pounds and pence, so no client turns them into floating point. */
record ProcessJson(UUID id, UUID commissionId, String title, String description, String budget,
                   List<DistrictJson> districts, List<PhaseJson> phases, PbPhase currentPhase,
                   Eligibility eligibility, List<String> wards, List<String> postcodes, Integer minimumAge,
                   boolean published, int version) {

    record DistrictJson(UUID id, String name, String budget) {
    }

    record PhaseJson(PbPhase phase, LocalDate startsOn, LocalDate endsOn) {
    }

    static ProcessJson of(PbProcessView p, LocalDate today) {
        return new ProcessJson(p.id(), p.commissionId(), p.title(), p.description(), p.budget().plain(),
                p.districts().stream().map(d -> new DistrictJson(d.id(), d.name(), d.budget().plain())).toList(),
                p.phases().stream().map(d -> new PhaseJson(d.phase(), d.startsOn(), d.endsOn())).toList(),
                p.phaseOn(today).orElse(null), p.eligibility(), p.eligibleWards(), p.eligiblePostcodes(),
                p.minimumAge(), p.published(), p.version());
    }
}
