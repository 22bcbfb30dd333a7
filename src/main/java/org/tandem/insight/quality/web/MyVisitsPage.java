package org.tandem.insight.quality.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.insight.quality.QualityVisits;
import org.tandem.insight.quality.Viewer;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;

/** The visits you are on the team for, across every round, those still to do first: where an assessor starts. */
@Controller
class MyVisitsPage {

    private final QualityVisits visits;

    MyVisitsPage(QualityVisits visits) {
        this.visits = visits;
    }

    @GetMapping("/o/{organisationId}/quality-visits")
    @OrganisationMember
    String mine(CurrentUser user, CurrentUser.Membership organisation, Model model) {
        model.addAttribute("visits", visits.assignedTo(Viewer.of(user, organisation)));
        return "insight/quality/my-visits";
    }
}
