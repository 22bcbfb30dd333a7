package org.tandem.insight.assets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.insight.assets.Pledge;
import org.tandem.insight.assets.PledgeDecision;
import org.tandem.insight.assets.PledgeService;
import org.tandem.insight.assets.PledgeStatus;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/**
 * Pledges residents made through the public directory, for the commissioners and commissioning officers who
 * review them. Pledges carry residents' own contact details, so nobody else in the organisation sees them.
 */
@Controller
@RequestMapping("/o/{organisationId}/assets/pledges")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class PledgePages {

    private final PledgeService pledges;

    PledgePages(PledgeService pledges) {
        this.pledges = pledges;
    }

    /** Waiting pledges unless another status (or "all") is asked for: the list is a queue of work. */
    @GetMapping
    String list(CurrentUser.Membership organisation, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        boolean all = "ALL".equalsIgnoreCase(status);
        PledgeStatus chosen = all ? null : FormValues.enumValue(PledgeStatus.class, status);
        PledgeStatus filter = all ? null : chosen == null ? PledgeStatus.WAITING : chosen;
        String search = Inputs.text(q);
        model.addAttribute("results", pledges.list(organisation.organisationId(), filter, search,
                PageRequest.of(Inputs.page(page), AssetPages.PAGE_SIZE)));
        model.addAttribute("q", search);
        model.addAttribute("status", filter == null ? "ALL" : filter.name());
        model.addAttribute("statuses", Arrays.stream(PledgeStatus.values())
                .map(s -> new Choice(s.name(), s.label(), null)).toList());
        Map<String, Object> chosenFilters = new LinkedHashMap<>();
        chosenFilters.put("status", filter == null ? "ALL" : filter.name());
        chosenFilters.put("q", search);
        model.addAttribute("pageBase", ListLinks.base("/o/" + organisation.organisationId() + "/assets/pledges",
                chosenFilters));
        model.addAttribute("backLink", "/o/" + organisation.organisationId() + "/assets");
        return "insight/assets/pledges";
    }

    @GetMapping("/{pledgeId}")
    String show(CurrentUser.Membership organisation, @PathVariable UUID pledgeId, Model model) {
        Pledge pledge = pledges.view(organisation.organisationId(), pledgeId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PledgeReviewForm(null, null, pledge.version()));
        }
        return page(organisation, pledge, model);
    }

    @PostMapping("/{pledgeId}/review")
    String review(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID pledgeId,
                  @Validated @ModelAttribute("form") PledgeReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Pledge pledge = pledges.view(organisation.organisationId(), pledgeId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return page(organisation, pledge, model);
        }
        try {
            Pledge reviewed = pledges.review(user, organisation.organisationId(), pledgeId, form.version(),
                    form.chosen(), form.note());
            redirect.addFlashAttribute("flash", reviewed.name() + ": " + reviewed.status().label().toLowerCase());
            return "redirect:/o/" + organisation.organisationId() + "/assets/pledges/" + pledgeId;
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return page(organisation, pledge, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return page(organisation, pledges.view(organisation.organisationId(), pledgeId), model);
        }
    }

    private String page(CurrentUser.Membership organisation, Pledge pledge, Model model) {
        model.addAttribute("pledge", pledge);
        model.addAttribute("decisions", Arrays.stream(PledgeDecision.values())
                .filter(d -> d != PledgeDecision.PUBLISH || pledge.consent().listing())
                .map(d -> new Choice(d.name(), d.label(), d.hint())).toList());
        model.addAttribute("consentSentences", pledge.consent().wording().lines().toList());
        model.addAttribute("backLink", "/o/" + organisation.organisationId() + "/assets/pledges");
        return "insight/assets/pledge";
    }
}
