package org.tandem.insight.quality.web;

import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.insight.quality.ProviderQualityResults;
import org.tandem.insight.quality.ProviderResult;
import org.tandem.insight.quality.SharedResult;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * A provider's own quality results, under its own organisation: the list, one result with its ratings, evidence and
 * decision, and the provider's written response.
 */
@Controller
@RequestMapping("/o/{organisationId}/quality-results")
class ProviderResultPages {

    private final ProviderQualityResults results;

    ProviderResultPages(ProviderQualityResults results) {
        this.results = results;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @RequestParam(required = false) Integer page, Model model) {
        ResultPage<SharedResult> shared = results.list(organisation, PageRequest.of(page, 25));
        model.addAttribute("results", shared);
        model.addAttribute("commissioners", results.commissioners(shared.items()).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name)));
        model.addAttribute("pageBase", "/o/" + organisation.organisationId() + "/quality-results?");
        return "insight/quality/provider-results";
    }

    @GetMapping("/{decisionId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID decisionId, Model model) {
        model.addAttribute("form", new ResponseForm(""));
        return page(organisation, results.result(organisation, decisionId), model);
    }

    @PostMapping("/{decisionId}/responses")
    @RequiresRole({Role.PROVIDER_USER, Role.ADMINISTRATOR})
    String respond(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID decisionId,
                   @Validated @ModelAttribute("form") ResponseForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        ProviderResult result = results.result(organisation, decisionId);
        if (!errors.hasErrors()) {
            try {
                results.respond(user, organisation, decisionId, form.body());
                redirect.addFlashAttribute("flash", "Your response has been sent to "
                        + result.commissioningOrganisation());
                return "redirect:/o/" + organisation.organisationId() + "/quality-results/" + decisionId;
            } catch (RuleViolation e) {
                Inputs.reject(errors, e);
            }
        }
        return page(organisation, result, model);
    }

    private String page(CurrentUser.Membership organisation, ProviderResult result, Model model) {
        model.addAttribute("result", result);
        model.addAttribute("canRespond", result.acceptsResponses()
                && organisation.has(Role.PROVIDER_USER, Role.ADMINISTRATOR));
        return "insight/quality/provider-result";
    }
}
