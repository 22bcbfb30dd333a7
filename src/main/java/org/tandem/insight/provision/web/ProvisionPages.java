package org.tandem.insight.provision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
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
import org.tandem.insight.provision.ClientGroup;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundedServiceRepository;
import org.tandem.insight.provision.FundingSource;
import org.tandem.insight.provision.ProvisionService;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * The baseline's pages: the list of services with its search and filters, a service's page, adding, changing and
 * removing a service. Every member reads; commissioners and commissioning officers add and change; only
 * commissioners remove.
 */
@Controller
@RequestMapping("/o/{organisationId}/provision/services")
class ProvisionPages {

    private final ProvisionService provision;
    private final Clock clock;

    ProvisionPages(ProvisionService provision, Clock clock) {
        this.provision = provision;
        this.clock = clock;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @ModelAttribute("query") ListQuery query,
                @RequestParam(required = false) Integer page, Model model) {
        UUID org = organisation.organisationId();
        ResultPage<FundedService> results = provision.list(org, query.filter(clock), query.order(),
                PageRequest.of(page, 25));
        model.addAttribute("results", results);
        model.addAttribute("clientGroups", Choice.of(ClientGroup.class, ClientGroup::label));
        List<Choice> wards = new ArrayList<>();
        wards.add(new Choice(ListQuery.BOROUGH_WIDE, "Borough-wide services only", null));
        provision.wards(org).forEach(w -> wards.add(new Choice(w.id().toString(), w.name(), null)));
        model.addAttribute("wards", wards);
        model.addAttribute("sources", Choice.of(FundingSource.class, FundingSource::label));
        model.addAttribute("providers", provision.providerNames(org));
        model.addAttribute("sorts", List.of(new Choice("NAME", "Name", null),
                new Choice("VALUE", "Value a year, highest first", null),
                new Choice("ENDS", "Contract end date, soonest first", null),
                new Choice("PROVIDER", "Provider", null), new Choice("REACH", "People reached, most first", null)));
        model.addAttribute("pageBase", query.pageBase(org));
        model.addAttribute("canEdit", organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER));
        return "insight/provision/list";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addForm(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("form", ServiceForm.blank());
        return form(organisation, null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String add(CurrentUser user, CurrentUser.Membership organisation,
               @Validated @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(organisation, null, model);
        }
        try {
            FundedService added = provision.create(user, organisation.organisationId(), form.toDraft());
            redirect.addFlashAttribute("flash", added.name() + " has been added to the baseline");
            return "redirect:/o/" + organisation.organisationId() + "/provision/services/" + added.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, null, model);
        }
    }

    @GetMapping("/{serviceId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID serviceId, Model model) {
        model.addAttribute("service", provision.view(organisation.organisationId(), serviceId));
        model.addAttribute("canEdit", organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER));
        model.addAttribute("canRemove", organisation.has(Role.COMMISSIONER));
        return "insight/provision/show";
    }

    @GetMapping("/{serviceId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String changeForm(CurrentUser.Membership organisation, @PathVariable UUID serviceId, Model model) {
        FundedService service = provision.view(organisation.organisationId(), serviceId);
        model.addAttribute("form", ServiceForm.of(service));
        return form(organisation, service, model);
    }

    @PostMapping("/{serviceId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String change(CurrentUser.Membership organisation, @PathVariable UUID serviceId,
                  @Validated @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        FundedService service = provision.view(organisation.organisationId(), serviceId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, service, model);
        }
        try {
            FundedService saved = provision.update(organisation.organisationId(), serviceId, form.version(),
                    form.toDraft());
            redirect.addFlashAttribute("flash", "Your changes to " + saved.name() + " have been saved");
            return "redirect:/o/" + organisation.organisationId() + "/provision/services/" + serviceId;
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, service, model);
        } catch (ConflictException e) {
            // Keep what they typed so they can compare it with the latest version and save again.
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(organisation, service, model);
        }
    }

    @GetMapping("/{serviceId}/remove")
    @RequiresRole(Role.COMMISSIONER)
    String removeForm(CurrentUser.Membership organisation, @PathVariable UUID serviceId, Model model) {
        model.addAttribute("service", provision.view(organisation.organisationId(), serviceId));
        return "insight/provision/remove";
    }

    @PostMapping("/{serviceId}/remove")
    @RequiresRole(Role.COMMISSIONER)
    String remove(CurrentUser.Membership organisation, @PathVariable UUID serviceId,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        FundedService service = provision.view(organisation.organisationId(), serviceId);
        try {
            if (version == null) {
                throw new ConflictException("The form was incomplete. Reload the page and try again.");
            }
            provision.remove(organisation.organisationId(), serviceId, version);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("service", provision.view(organisation.organisationId(), serviceId));
            model.addAttribute("removeError", e.getMessage());
            return "insight/provision/remove";
        }
        redirect.addFlashAttribute("flash", service.name() + " has been removed from the baseline");
        return "redirect:/o/" + organisation.organisationId() + "/provision/services";
    }

    private String form(CurrentUser.Membership organisation, FundedService service, Model model) {
        UUID org = organisation.organisationId();
        model.addAttribute("service", service);
        model.addAttribute("providers", provision.providers().stream()
                .map(p -> new Choice(p.id().toString(), p.name(), null)).toList());
        model.addAttribute("clientGroups", Choice.of(ClientGroup.class, ClientGroup::label));
        model.addAttribute("areas", List.of(
                new Choice(ServiceForm.BOROUGH_WIDE, "Borough-wide", "The service is open to people from every ward"),
                new Choice(ServiceForm.WARDS, "In particular wards", "Choose the wards below")));
        model.addAttribute("wardChoices", provision.wards(org).stream()
                .map(w -> new Choice(w.id().toString(), w.name(), null)).toList());
        model.addAttribute("sources", Choice.of(FundingSource.class, FundingSource::label));
        model.addAttribute("needChoices", provision.needs(org).stream()
                .map(n -> new Choice(n.id().toString(), n.title(), n.priority().label() + " priority")).toList());
        return "insight/provision/form";
    }
}
