package org.tandem.platform.organisations.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.platform.Choice;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.PageRequest;
import org.tandem.platform.SignedIn;
import org.tandem.platform.organisations.OrganisationService;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/**
 * Every organisation on Tandem, for anyone signed in: commissioners looking for providers and partners, providers
 * looking for the bodies that commission their kind of work.
 */
@Controller
class DirectoryPage {

    static final int PAGE_SIZE = 25;

    private final OrganisationService organisations;

    DirectoryPage(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    @SignedIn
    String directory(CurrentUser user, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
                     Model model) {
        OrganisationKind kindFilter = FormValues.enumValue(OrganisationKind.class, kind);
        model.addAttribute("results", organisations.directory(q, kindFilter, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("kind", kindFilter == null ? null : kindFilter.name());
        model.addAttribute("kinds", Choice.of(OrganisationKind.class, OrganisationKind::label));
        // Links to an organisation's own pages are offered only where they would open.
        Set<UUID> yours = user.memberships().stream().map(CurrentUser.Membership::organisationId)
                .collect(Collectors.toSet());
        model.addAttribute("yours", yours);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("kind", kindFilter);
        model.addAttribute("pageBase", ListLinks.base("/organisations", filters));
        return "platform/organisations/directory";
    }
}
