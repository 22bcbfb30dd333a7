package org.tandem.insight.provision;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.NotFoundException;

/**
 * The gap analysis of a commission, for anyone in an organisation that can see the commission (the lead and its
 * partners). It sets the lead organisation's needs for this commission against the lead organisation's baseline:
 * the baseline is the lead's, and partners see it through the commission.
 */
@Service
public class GapAnalyses {

    /** The commission and its gap analysis. */
    public record CommissionGaps(CommissionView commission, GapAnalysis analysis) {
    }

    private final Commissions commissions;
    private final NeedRepository needs;
    private final FundedServiceRepository services;
    private final WardRepository wards;

    GapAnalyses(Commissions commissions, NeedRepository needs, FundedServiceRepository services,
                WardRepository wards) {
        this.commissions = commissions;
        this.needs = needs;
        this.services = services;
        this.wards = wards;
    }

    public CommissionGaps of(UUID viewingOrganisationId, UUID commissionId) {
        CommissionView commission = commissions.find(commissionId, viewingOrganisationId)
                .orElseThrow(() -> new NotFoundException("Commission"));
        UUID lead = commission.lead().id();
        List<Need> prioritised = needs.needsOf(lead).stream()
                .filter(n -> commissionId.equals(n.commissionId())).toList();
        return new CommissionGaps(commission,
                GapAnalysis.of(prioritised, services.servicesOf(lead), wards.wardsOf(lead)));
    }
}
