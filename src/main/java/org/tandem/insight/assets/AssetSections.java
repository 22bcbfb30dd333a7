package org.tandem.insight.assets;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.Role;

/**
 * Lists the asset map on a commission's page (Table 4 of seed 000 puts asset mapping in every commission's Insight
 * phase). The map belongs to the organisation and serves all its commissions, so partners, who cannot open the
 * lead organisation's map, are not offered it.
 */
@Component
class AssetSections implements CommissionSections {

    private final AssetService assets;
    private final PledgeService pledges;

    AssetSections(AssetService assets, PledgeService pledges) {
        this.assets = assets;
        this.pledges = pledges;
    }

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        if (!commission.ledBy(organisation.organisationId())) {
            return List.of();
        }
        long all = assets.count(organisation.organisationId(), false);
        long published = assets.count(organisation.organisationId(), true);
        long waiting = organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER)
                ? pledges.waiting(organisation.organisationId()) : 0;
        String description = all + (all == 1 ? " community asset, " : " community assets, ") + published
                + " of them in the public directory"
                + (waiting == 0 ? "" : "; " + waiting + (waiting == 1 ? " pledge" : " pledges") + " from residents "
                + "waiting for review");
        return List.of(new CommissionSection("Asset map", description,
                "/o/" + organisation.organisationId() + "/assets", 30));
    }
}
