package org.tandem.coproduction.web;

import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.commissions.CommissionView;
import org.tandem.coproduction.internal.ActivityService;
import org.tandem.coproduction.internal.CoProductionSummaries;
import org.tandem.coproduction.internal.CoProductionSummary;
import org.tandem.coproduction.internal.InvolvementModel;
import org.tandem.platform.Choice;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/** The commissioner confirms the commission's cell in Dorset's matrix, or sets another and says why. */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/co-production/matrix")
@RequiresRole(Role.COMMISSIONER)
class MatrixConfirmationPages {

    private final ActivityService activities;
    private final CoProductionSummaries summaries;

    MatrixConfirmationPages(ActivityService activities, CoProductionSummaries summaries) {
        this.activities = activities;
        this.summaries = summaries;
    }

    @GetMapping
    String confirmForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        CommissionView commission = activities.requireLead(organisation, commissionId);
        CoProductionSummary summary = summaries.summary(organisation, commissionId);
        InvolvementModel current = summary.confirmation() == null ? summary.matrix().model()
                : summary.confirmation().model();
        model.addAttribute("form", new MatrixConfirmationForm(current.name(),
                summary.confirmation() == null ? null : summary.confirmation().reason()));
        return form(commission, summary, model);
    }

    @PostMapping
    String confirm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                   @Validated @ModelAttribute("form") MatrixConfirmationForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        CommissionView commission = activities.requireLead(organisation, commissionId);
        if (!errors.hasErrors()) {
            try {
                CoProductionSummary saved = summaries.confirmMatrix(user, organisation, commissionId, form.chosen(),
                        form.reason());
                redirect.addFlashAttribute("flash", commission.title() + " is now placed in "
                        + saved.confirmation().model().label());
                return "redirect:" + CoProductionPaths.summary(organisation.organisationId(), commissionId) + "#matrix";
            } catch (RuleViolation e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        return form(commission, summaries.summary(organisation, commissionId), model);
    }

    private String form(CommissionView commission, CoProductionSummary summary, Model model) {
        InvolvementModel derived = summary.matrix().model();
        model.addAttribute("commission", commission);
        model.addAttribute("summary", summary);
        model.addAttribute("models", Arrays.stream(InvolvementModel.values())
                .map(m -> new Choice(m.name(), m.label() + (m == derived ? " (what the records show)" : ""),
                        "Planning: " + m.planning().label() + ". Delivery: " + m.delivery().label() + "."))
                .toList());
        model.addAttribute("base", CoProductionPaths.summary(commission.lead().id(), commission.id()));
        return "coproduction/matrix";
    }
}
