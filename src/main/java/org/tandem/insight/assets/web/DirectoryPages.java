package org.tandem.insight.assets.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.insight.assets.AssetFilter;
import org.tandem.insight.assets.AssetService;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.assets.PledgeConsent;
import org.tandem.insight.assets.PledgeService;
import org.tandem.insight.needs.Need;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.Choice;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.SubmissionThrottle;
import org.tandem.platform.Timestamps;

/**
 * The public directory of community assets, for residents and social prescribers: no sign-in, published assets
 * only, and a form for residents to offer something of their own. Public pages carry no access rule; they live
 * under {@code /public/**}, which the platform declares open to everyone.
 */
@Controller
@RequestMapping("/public/o/{organisationId}/assets")
class DirectoryPages {

    private static final Logger log = LoggerFactory.getLogger(DirectoryPages.class);

    private final PublicOrganisation organisations;
    private final AssetService assets;
    private final PledgeService pledges;
    private final SubmissionThrottle throttle;

    DirectoryPages(PublicOrganisation organisations, AssetService assets, PledgeService pledges,
                   SubmissionThrottle throttle) {
        this.organisations = organisations;
        this.assets = assets;
        this.pledges = pledges;
        this.throttle = throttle;
    }

    @GetMapping
    String directory(@PathVariable String organisationId, @ModelAttribute AssetListQuery query,
                     @RequestParam(required = false) String page, Model model) {
        OrganisationSummary organisation = organisations.named(organisationId);
        List<Ward> wards = assets.wardsOf(organisation.id());
        List<Need> needs = assets.needsOf(organisation.id());
        AssetFilter filter = query.filter(wards, needs).publishedOnly();
        model.addAttribute("organisation", organisation);
        model.addAttribute("results", assets.directory(organisation.id(), filter,
                PageRequest.of(Inputs.page(page), AssetPages.PAGE_SIZE)));
        query.describe(filter, base(organisation), wards, needs, model);
        return "insight/directory/list";
    }

    @GetMapping("/wards")
    String byWard(@PathVariable String organisationId, Model model) {
        OrganisationSummary organisation = organisations.named(organisationId);
        model.addAttribute("organisation", organisation);
        model.addAttribute("lines", assets.byWard(organisation.id(), true));
        model.addAttribute("types", Arrays.asList(AssetType.values()));
        model.addAttribute("listPath", base(organisation));
        model.addAttribute("backLink", base(organisation));
        return "insight/directory/wards";
    }

    @GetMapping("/{assetId}")
    String asset(@PathVariable String organisationId, @PathVariable String assetId, Model model) {
        OrganisationSummary organisation = organisations.named(organisationId);
        model.addAttribute("organisation", organisation);
        model.addAttribute("asset", assets.published(organisation.id(), PublicOrganisation.id(assetId)));
        model.addAttribute("backLink", base(organisation));
        return "insight/directory/asset";
    }

    @GetMapping("/pledge")
    String pledgeForm(@PathVariable String organisationId, Model model) {
        OrganisationSummary organisation = organisations.named(organisationId);
        model.addAttribute("form", PledgeForm.blank());
        return pledgePage(organisation, model);
    }

    @PostMapping("/pledge")
    String pledge(@PathVariable String organisationId, @Validated @ModelAttribute("form") PledgeForm form,
                  BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
        OrganisationSummary organisation = organisations.named(organisationId);
        if (form.looksLikeARobot()) {
            // Thank the robot as if it had worked, so it learns nothing; keep nothing it sent.
            log.info("Ignored a pledge to {} that filled in the hidden field", organisation.id());
            return "redirect:" + base(organisation) + "/pledge/thank-you";
        }
        Instant blocked = throttle.blockedUntil(SubmissionThrottle.Submission.PLEDGE, organisation.id(),
                request.getRemoteAddr());
        if (blocked != null) {
            // The offer is shown again as typed, so nothing is lost: the resident can send it later.
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("throttle", "Many offers have been sent from your connection in the last hour, so we "
                    + "cannot take another just now. Try again after " + Timestamps.londonDateTime(blocked)
                    + "; your offer is still below.");
            return pledgePage(organisation, model);
        }
        if (errors.hasErrors()) {
            return pledgePage(organisation, model);
        }
        try {
            pledges.submit(organisation.id(), organisation.name(), form.draft());
            throttle.recordSent(SubmissionThrottle.Submission.PLEDGE, organisation.id(), request.getRemoteAddr());
            return "redirect:" + base(organisation) + "/pledge/thank-you";
        } catch (RuleViolation e) {
            errors.rejectValue("consentContact".equals(e.field()) || "consentShowContact".equals(e.field())
                    ? "agreements" : e.field(), "rule", e.getMessage());
            return pledgePage(organisation, model);
        }
    }

    @GetMapping("/pledge/thank-you")
    String thankYou(@PathVariable String organisationId, Model model) {
        OrganisationSummary organisation = organisations.named(organisationId);
        model.addAttribute("organisation", organisation);
        model.addAttribute("directory", base(organisation));
        return "insight/directory/thank-you";
    }

    private String pledgePage(OrganisationSummary organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", Arrays.stream(AssetType.values())
                .map(t -> new Choice(t.name(), t.label(), t.description())).toList());
        model.addAttribute("wards", assets.wardsOf(organisation.id()).stream()
                .map(w -> new Choice(w.id().toString(), w.name(), null)).toList());
        model.addAttribute("agreementChoices", List.of(
                new Choice(PledgeForm.CONTACT, PledgeConsent.contactSentence(organisation.name()),
                        "Needed: we check every offer with the person who made it before it goes in the directory"),
                new Choice(PledgeForm.LISTING, PledgeConsent.listingSentence(organisation.name()), null),
                new Choice(PledgeForm.SHOW_CONTACT, PledgeConsent.showContactSentence(organisation.name()),
                        "If you leave this unticked, people ask us and we put them in touch")));
        model.addAttribute("backLink", base(organisation));
        return "insight/directory/pledge";
    }

    private static String base(OrganisationSummary organisation) {
        return "/public/o/" + organisation.id() + "/assets";
    }
}
