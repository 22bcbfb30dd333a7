package org.tandem.platform.organisations.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.Role;
import org.tandem.platform.organisations.OrganisationService;

/** An organisation's overview: who you are here and where to go next. */
@Controller
class DashboardController {

    private final OrganisationService organisations;

    DashboardController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/o/{organisationId}")
    @OrganisationMember
    String overview(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID organisationId,
                    Model model) {
        model.addAttribute("organisation", organisations.details(organisationId));
        model.addAttribute("roles", organisation.roles().stream().sorted().map(Role::label).toList());
        model.addAttribute("roleDescriptions", organisation.roles().stream().sorted().toList());
        model.addAttribute("partnerships", organisations.partnershipsOf(organisationId));
        return "platform/overview";
    }
}
