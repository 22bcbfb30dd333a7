package org.tandem.outcomes.demand.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.demand.DemandMeasure;
import org.tandem.outcomes.demand.DemandService;
import org.tandem.outcomes.demand.DemandService.NeedDemand;
import org.tandem.outcomes.demand.DemandView;
import org.tandem.outcomes.shared.PlanningAccess;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * The Public Value demand view: every need of the commission with what must be commissioned, one need's stacked bar
 * and table, and for the lead organisation's commissioners and officers, writing and removing a need's view.
 */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/demand")
class DemandPages {

    private final DemandService demand;
    private final PlanningAccess access;

    DemandPages(DemandService demand, PlanningAccess access) {
        this.demand = demand;
        this.access = access;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        model.addAttribute("commission", commission);
        model.addAttribute("needs", demand.needs(organisation, commissionId));
        model.addAttribute("base", DemandPaths.list(organisation.organisationId(), commissionId));
        return "outcomes/demand/list";
    }

    @GetMapping("/{needId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId,
                Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        NeedDemand need = demand.need(organisation, commissionId, needId);
        model.addAttribute("commission", commission);
        model.addAttribute("need", need.need());
        model.addAttribute("view", need.view().orElse(null));
        model.addAttribute("chart", need.view().map(DemandChart::of).orElse(null));
        model.addAttribute("canEdit", PlanningAccess.canChange(organisation, commission));
        model.addAttribute("base", DemandPaths.need(organisation.organisationId(), commissionId, needId));
        return "outcomes/demand/show";
    }

    @GetMapping("/{needId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId,
                    Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        NeedDemand need = demand.need(organisation, commissionId, needId);
        model.addAttribute("form", need.view().map(DemandForm::of).orElseGet(DemandForm::blank));
        return form(organisation, commission, need, model);
    }

    @PostMapping("/{needId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String save(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId,
                @Validated @ModelAttribute("form") DemandForm form, BindingResult errors, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        NeedDemand need = demand.need(organisation, commissionId, needId);
        if (need.view().isPresent() && form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (!errors.hasErrors()) {
            try {
                DemandView saved = demand.save(organisation, commissionId, needId, form.version(), form.toDraft());
                redirect.addFlashAttribute("flash", "The demand view of " + saved.needTitle() + " has been saved");
                return "redirect:" + DemandPaths.need(organisation.organisationId(), commissionId, needId);
            } catch (RuleViolation e) {
                if (e.field() == null) {
                    errors.reject("rule", e.getMessage());
                } else {
                    errors.rejectValue(DemandForm.field(e.field()), "rule", e.getMessage());
                }
            } catch (ConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject("conflict", e.getMessage());
            }
        }
        return form(organisation, commission, need, model);
    }

    @PostMapping("/{needId}/remove")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String remove(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId,
                  RedirectAttributes redirect) {
        DemandView removed = demand.remove(organisation, commissionId, needId);
        redirect.addFlashAttribute("flash", "The demand view of " + removed.needTitle() + " has been removed");
        return "redirect:" + DemandPaths.need(organisation.organisationId(), commissionId, needId);
    }

    private String form(CurrentUser.Membership organisation, CommissionView commission, NeedDemand need,
                        Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("need", need.need());
        model.addAttribute("view", need.view().orElse(null));
        model.addAttribute("measures", Arrays.stream(DemandMeasure.values())
                .map(m -> new Choice(m.name(), m.label(), null)).toList());
        model.addAttribute("base", DemandPaths.need(organisation.organisationId(), commission.id(),
                need.need().id()));
        return "outcomes/demand/form";
    }
}
