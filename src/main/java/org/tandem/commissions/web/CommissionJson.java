package org.tandem.commissions.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.Phase;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.ServiceArea;

/** A commission in the API. {@code version} goes back with every change, so nobody overwrites another's edit. */
record CommissionJson(UUID id, String title, String summary, ServiceArea serviceArea, CommissioningLevel level,
                      @Schema(description = "Pounds and pence, as a string so no precision is lost",
                              example = "1200000.00") String budget,
                      LocalDate startsOn, LocalDate endsOn, Phase phase, OrganisationSummary lead,
                      List<OrganisationSummary> partners, Instant createdAt, int version) {

    static CommissionJson of(CommissionView c) {
        return new CommissionJson(c.id(), c.title(), c.summary(), c.serviceArea(), c.level(), c.budget().plain(),
                c.startsOn(), c.endsOn(), c.phase(), c.lead(), c.partners(), c.createdAt(), c.version());
    }
}
