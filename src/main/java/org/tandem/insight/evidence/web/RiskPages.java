package org.tandem.insight.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.evidence.PageLinks;
import org.tandem.insight.evidence.risks.CitizenAcceptance;
import org.tandem.insight.evidence.risks.Impact;
import org.tandem.insight.evidence.risks.Likelihood;
import org.tandem.insight.evidence.risks.Risk;
import org.tandem.insight.evidence.risks.RiskBearer;
import org.tandem.insight.evidence.risks.RiskRepository;
import org.tandem.insight.evidence.risks.RiskService;
import org.tandem.insight.evidence.risks.RiskStatus;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/** The co-produced risk register: the list with its filters, a risk's page, adding, changing and deleting risks. */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/evidence/risks")
class RiskPages {

    private final RiskService risks;
    private final CommissionAccess access;

    RiskPages(RiskService risks, CommissionAccess access) {
        this.risks = risks;
        this.access = access;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String bearer, @RequestParam(required = false) String acceptance,
                @RequestParam(required = false) String rating, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        RiskStatus statusFilter = FormValues.enumValue(RiskStatus.class, status);
        RiskBearer bearerFilter = FormValues.enumValue(RiskBearer.class, bearer);
        CitizenAcceptance acceptanceFilter = FormValues.enumValue(CitizenAcceptance.class, acceptance);
        Risk.Rating ratingFilter = FormValues.enumValue(Risk.Rating.class, rating);
        RiskRepository.Sort order = FormValues.enumValue(RiskRepository.Sort.class, sort);
        ResultPage<Risk> results = risks.list(organisation, commissionId, new RiskRepository.Filter(q, statusFilter,
                bearerFilter, acceptanceFilter, ratingFilter), order, PageRequest.of(page, 25));
        model.addAttribute("commission", commission);
        model.addAttribute("results", results);
        model.addAttribute("q", q);
        model.addAttribute("status", statusFilter == null ? null : statusFilter.name());
        model.addAttribute("bearer", bearerFilter == null ? null : bearerFilter.name());
        model.addAttribute("acceptance", acceptanceFilter == null ? null : acceptanceFilter.name());
        model.addAttribute("rating", ratingFilter == null ? null : ratingFilter.name());
        model.addAttribute("sort", order == null ? "SCORE" : order.name());
        model.addAttribute("statuses", Choice.of(RiskStatus.class, RiskStatus::label));
        model.addAttribute("bearers", Choice.of(RiskBearer.class, RiskBearer::label));
        model.addAttribute("acceptances", Choice.of(CitizenAcceptance.class, CitizenAcceptance::label));
        model.addAttribute("ratings", Choice.of(Risk.Rating.class, Risk.Rating::label));
        model.addAttribute("sorts", List.of(new Choice("SCORE", "Highest score", null),
                new Choice("TITLE", "Risk", null), new Choice("STATUS", "Status", null),
                new Choice("NEWEST", "Most recently added", null)));
        model.addAttribute("pageBase", ListLinks.base(base(organisation, commissionId), PageLinks.filters("q", q,
                "status", statusFilter, "bearer", bearerFilter, "acceptance", acceptanceFilter, "rating",
                ratingFilter, "sort", order)));
        model.addAttribute("canEdit", EvidenceRoles.canEdit(organisation, commission));
        return "insight/evidence/risks/list";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        model.addAttribute("form", RiskForm.blank());
        return form(access.changeable(organisation, commissionId), null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String add(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
               @Validated @ModelAttribute("form") RiskForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        CommissionView commission = access.changeable(organisation, commissionId);
        if (errors.hasErrors()) {
            return form(commission, null, model);
        }
        try {
            Risk risk = risks.create(organisation, commissionId, form.toDraft());
            redirect.addFlashAttribute("flash", "Risk added: " + risk.title());
            return "redirect:" + base(organisation, commissionId) + "/" + risk.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(commission, null, model);
        }
    }

    @GetMapping("/{riskId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID riskId,
                Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        model.addAttribute("commission", commission);
        model.addAttribute("risk", risks.view(organisation, commissionId, riskId));
        model.addAttribute("canEdit", EvidenceRoles.canEdit(organisation, commission));
        return "insight/evidence/risks/show";
    }

    @GetMapping("/{riskId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID riskId,
                    Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Risk risk = risks.view(organisation, commissionId, riskId);
        model.addAttribute("form", RiskForm.of(risk));
        return form(commission, risk, model);
    }

    @PostMapping("/{riskId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String edit(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID riskId,
                @Validated @ModelAttribute("form") RiskForm form, BindingResult errors, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Risk risk = risks.view(organisation, commissionId, riskId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(commission, risk, model);
        }
        try {
            Risk saved = risks.update(organisation, commissionId, riskId, form.version(), form.toDraft());
            redirect.addFlashAttribute("flash", "Your changes to the risk have been saved");
            return "redirect:" + base(organisation, commissionId) + "/" + saved.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(commission, risk, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(commission, risk, model);
        }
    }

    @GetMapping("/{riskId}/delete")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String deleteForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID riskId,
                      Model model) {
        model.addAttribute("commission", access.changeable(organisation, commissionId));
        model.addAttribute("risk", risks.view(organisation, commissionId, riskId));
        return "insight/evidence/risks/delete";
    }

    @PostMapping("/{riskId}/delete")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String delete(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID riskId,
                  RedirectAttributes redirect) {
        Risk risk = risks.view(organisation, commissionId, riskId);
        risks.delete(organisation, commissionId, riskId);
        redirect.addFlashAttribute("flash", "Risk deleted: " + risk.title());
        return "redirect:" + base(organisation, commissionId);
    }

    private String form(CommissionView commission, Risk risk, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("risk", risk);
        model.addAttribute("bearers", Choice.of(RiskBearer.class, RiskBearer::label));
        model.addAttribute("acceptances", Choice.of(CitizenAcceptance.class, CitizenAcceptance::label));
        model.addAttribute("likelihoods", Choice.of(Likelihood.class, Likelihood::label));
        model.addAttribute("impacts", Choice.of(Impact.class, Impact::label));
        model.addAttribute("statuses", List.of(new Choice("OPEN", RiskStatus.OPEN.label(), null),
                new Choice("MITIGATING", RiskStatus.MITIGATING.label(), "Something is being done to make it less "
                        + "likely or less harmful"),
                new Choice("TAKEN", RiskStatus.TAKEN.label(), "Taken knowingly for what it makes possible, "
                        + "once citizens accept it"),
                new Choice("CLOSED", RiskStatus.CLOSED.label(), "It has passed, or no longer applies")));
        return "insight/evidence/risks/form";
    }

    private static String base(CurrentUser.Membership organisation, UUID commissionId) {
        return "/o/" + organisation.organisationId() + "/commissions/" + commissionId + "/evidence/risks";
    }
}
