package org.tandem.insight.needs.web;

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
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.needs.NeedService;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.wards.WardRepository;
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

/** A commission's needs: the list, a need's page with the evidence tagged to it, adding and changing needs. */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/needs")
class NeedPages {

    private final NeedService needs;
    private final WardRepository wards;
    private final CommissionAccess access;
    private final List<NeedEvidence> evidence;

    NeedPages(NeedService needs, WardRepository wards, CommissionAccess access, List<NeedEvidence> evidence) {
        this.needs = needs;
        this.wards = wards;
        this.access = access;
        this.evidence = evidence;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @RequestParam(required = false) String q, @RequestParam(required = false) String priority,
                @RequestParam(required = false) String ward, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        Priority priorityFilter = FormValues.enumValue(Priority.class, priority);
        UUID wardFilter = FormValues.uuid(ward);
        NeedRepository.Sort order = FormValues.enumValue(NeedRepository.Sort.class, sort);
        ResultPage<Need> results = needs.list(organisation, commissionId,
                new NeedRepository.Filter(q, priorityFilter, wardFilter), order, PageRequest.of(page, 25));
        model.addAttribute("commission", commission);
        model.addAttribute("results", results);
        model.addAttribute("q", q);
        model.addAttribute("priority", priorityFilter == null ? null : priorityFilter.name());
        model.addAttribute("ward", wardFilter == null ? null : wardFilter.toString());
        model.addAttribute("sort", order == null ? "PRIORITY" : order.name());
        model.addAttribute("priorities", Choice.of(Priority.class, Priority::label));
        model.addAttribute("wards", wardChoices(commission));
        model.addAttribute("sorts", List.of(new Choice("PRIORITY", "Priority", null),
                new Choice("TITLE", "Need", null), new Choice("NEWEST", "Most recently added", null)));
        model.addAttribute("pageBase", ListLinks.base(base(organisation, commissionId),
                PageLinks.filters("q", q, "priority", priorityFilter, "ward", wardFilter, "sort", order)));
        model.addAttribute("canEdit", canEdit(organisation, commission));
        return "insight/needs/list";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        model.addAttribute("form", NeedForm.blank());
        return form(access.changeable(organisation, commissionId), null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String add(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
               @Validated @ModelAttribute("form") NeedForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        CommissionView commission = access.changeable(organisation, commissionId);
        if (errors.hasErrors()) {
            return form(commission, null, model);
        }
        try {
            Need need = needs.create(organisation, commissionId, form.toDraft());
            redirect.addFlashAttribute("flash", "Need added: " + need.title());
            return "redirect:" + base(organisation, commissionId) + "/" + need.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(commission, null, model);
        }
    }

    @GetMapping("/{needId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId,
                Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        Need need = needs.view(organisation, commissionId, needId);
        model.addAttribute("commission", commission);
        model.addAttribute("need", need);
        model.addAttribute("evidence", evidence.stream().flatMap(e -> e.linksFor(commission, need).stream()).toList());
        model.addAttribute("canEdit", canEdit(organisation, commission));
        return "insight/needs/show";
    }

    @GetMapping("/{needId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId,
                    Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Need need = needs.view(organisation, commissionId, needId);
        model.addAttribute("form", NeedForm.of(need));
        return form(commission, need, model);
    }

    @PostMapping("/{needId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String edit(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID needId,
                @Validated @ModelAttribute("form") NeedForm form, BindingResult errors, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Need need = needs.view(organisation, commissionId, needId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(commission, need, model);
        }
        try {
            Need saved = needs.update(organisation, commissionId, needId, form.version(), form.toDraft());
            redirect.addFlashAttribute("flash", "Your changes to the need have been saved");
            return "redirect:" + base(organisation, commissionId) + "/" + saved.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(commission, need, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(commission, need, model);
        }
    }

    private String form(CommissionView commission, Need need, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("need", need);
        model.addAttribute("priorities", List.of(
                new Choice("HIGH", Priority.HIGH.label(), "Among the first things the commission must address"),
                new Choice("MEDIUM", Priority.MEDIUM.label(), null),
                new Choice("LOW", Priority.LOW.label(), "Important, but others come first")));
        model.addAttribute("wards", wardChoices(commission));
        return "insight/needs/form";
    }

    private List<Choice> wardChoices(CommissionView commission) {
        return wards.wardsOf(commission.lead().id()).stream()
                .map(w -> new Choice(w.id().toString(), w.name(), null)).toList();
    }

    private static boolean canEdit(CurrentUser.Membership organisation, CommissionView commission) {
        return commission.ledBy(organisation.organisationId())
                && organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER);
    }

    private static String base(CurrentUser.Membership organisation, UUID commissionId) {
        return "/o/" + organisation.organisationId() + "/commissions/" + commissionId + "/needs";
    }
}
