package org.tandem.insight.provision.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.insight.provision.GapAnalyses;
import org.tandem.insight.provision.ProvisionService;
import org.tandem.insight.provision.ProvisionTotals;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;

/** The baseline's totals, and a commission's gap analysis (seen by the lead organisation and its partners). */
@Controller
class InsightPages {

    private final ProvisionService provision;
    private final GapAnalyses gaps;

    InsightPages(ProvisionService provision, GapAnalyses gaps) {
        this.provision = provision;
        this.gaps = gaps;
    }

    /** The section's front door, so every page of the baseline lights up "Current provision" in the navigation. */
    @GetMapping("/o/{organisationId}/provision")
    @OrganisationMember
    String provision(CurrentUser.Membership organisation) {
        return "redirect:/o/" + organisation.organisationId() + "/provision/services";
    }

    @GetMapping("/o/{organisationId}/provision/totals")
    @OrganisationMember
    String totals(CurrentUser.Membership organisation, Model model) {
        ProvisionTotals totals = provision.totals(organisation.organisationId());
        model.addAttribute("totals", totals);
        model.addAttribute("charts", TotalsCharts.of(totals));
        return "insight/provision/totals";
    }

    @GetMapping("/o/{organisationId}/commissions/{commissionId}/gap-analysis")
    @OrganisationMember
    String gapAnalysis(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        GapAnalyses.CommissionGaps result = gaps.of(organisation.organisationId(), commissionId);
        model.addAttribute("commission", result.commission());
        model.addAttribute("analysis", result.analysis());
        model.addAttribute("ownBaseline", result.commission().ledBy(organisation.organisationId()));
        return "insight/provision/gap-analysis";
    }
}
