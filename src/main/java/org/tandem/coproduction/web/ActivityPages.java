package org.tandem.coproduction.web;

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
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.EqualityDimension;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.coproduction.internal.Activity;
import org.tandem.coproduction.internal.ActivityService;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * Recording an activity, seeing it, changing it and deleting it. The lead organisation's commissioners,
 * commissioning officers and citizen co-producers record and change activities; only commissioners delete them;
 * partner organisations see them.
 */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/co-production/activities")
class ActivityPages {

    private final ActivityService activities;

    ActivityPages(ActivityService activities) {
        this.activities = activities;
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String recordForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        CommissionView commission = activities.requireLead(organisation, commissionId);
        model.addAttribute("form", ActivityForm.blank(commission.phase()));
        return form(organisation, commission, null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String record(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @Validated @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CommissionView commission = activities.requireLead(organisation, commissionId);
        if (errors.hasErrors()) {
            return form(organisation, commission, null, model);
        }
        try {
            Activity created = activities.create(user, organisation, commissionId, form.toDetails());
            redirect.addFlashAttribute("flash", created.details().title()
                    + " has been added to the co-production record");
            return "redirect:" + CoProductionPaths.activity(organisation.organisationId(), commissionId, created.id());
        } catch (RuleViolation e) {
            errors.rejectValue(ActivityForm.field(e.field()), "rule", e.getMessage());
            return form(organisation, commission, null, model);
        }
    }

    @GetMapping("/{activityId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID activityId,
                Model model) {
        CommissionView commission = activities.commission(organisation, commissionId);
        Activity activity = activities.view(organisation, commissionId, activityId);
        boolean lead = commission.ledBy(organisation.organisationId());
        model.addAttribute("commission", commission);
        model.addAttribute("activity", activity);
        model.addAttribute("equalityDimensions", Arrays.asList(EqualityDimension.values()));
        model.addAttribute("canChange", lead && organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER,
                Role.CITIZEN_CO_PRODUCER));
        model.addAttribute("canDelete", lead && organisation.has(Role.COMMISSIONER));
        model.addAttribute("base", CoProductionPaths.summary(organisation.organisationId(), commissionId));
        model.addAttribute("backLink", CoProductionPaths.summary(organisation.organisationId(), commissionId));
        return "coproduction/activity";
    }

    @GetMapping("/{activityId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String changeForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                      @PathVariable UUID activityId, Model model) {
        CommissionView commission = activities.requireLead(organisation, commissionId);
        Activity activity = activities.view(organisation, commissionId, activityId);
        model.addAttribute("form", ActivityForm.of(activity, activities.peopleToName(organisation).stream()
                .map(PersonSummary::id).collect(java.util.stream.Collectors.toSet())));
        return form(organisation, commission, activity, model);
    }

    @PostMapping("/{activityId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String change(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID activityId,
                  @Validated @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = activities.requireLead(organisation, commissionId);
        Activity activity = activities.view(organisation, commissionId, activityId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, commission, activity, model);
        }
        try {
            Activity saved = activities.update(organisation, commissionId, activityId, form.version(),
                    form.toDetails());
            redirect.addFlashAttribute("flash", "Your changes to " + saved.details().title() + " have been saved");
            return "redirect:" + CoProductionPaths.activity(organisation.organisationId(), commissionId, activityId);
        } catch (RuleViolation e) {
            errors.rejectValue(ActivityForm.field(e.field()), "rule", e.getMessage());
            return form(organisation, commission, activity, model);
        } catch (ConflictException e) {
            // Keep what they typed so they can compare it with the latest version and save again.
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(organisation, commission, activity, model);
        }
    }

    @GetMapping("/{activityId}/delete")
    @RequiresRole(Role.COMMISSIONER)
    String deleteCheck(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                       @PathVariable UUID activityId, Model model) {
        CommissionView commission = activities.requireLead(organisation, commissionId);
        model.addAttribute("commission", commission);
        model.addAttribute("activity", activities.view(organisation, commissionId, activityId));
        model.addAttribute("base", CoProductionPaths.summary(organisation.organisationId(), commissionId));
        return "coproduction/delete";
    }

    @PostMapping("/{activityId}/delete")
    @RequiresRole(Role.COMMISSIONER)
    String delete(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID activityId,
                  RedirectAttributes redirect) {
        Activity activity = activities.view(organisation, commissionId, activityId);
        activities.delete(organisation, commissionId, activityId);
        redirect.addFlashAttribute("flash", activity.details().title()
                + " has been deleted from the co-production record");
        return "redirect:" + CoProductionPaths.summary(organisation.organisationId(), commissionId);
    }

    private String form(CurrentUser.Membership organisation, CommissionView commission, Activity activity,
                        Model model) {
        String base = CoProductionPaths.summary(organisation.organisationId(), commission.id());
        model.addAttribute("commission", commission);
        model.addAttribute("activity", activity);
        model.addAttribute("base", base);
        model.addAttribute("action", activity == null ? base + "/activities"
                : CoProductionPaths.activity(organisation.organisationId(), commission.id(), activity.id()));
        model.addAttribute("phases", Choice.of(Phase.class, Phase::label));
        model.addAttribute("methods", Choice.of(ActivityMethod.class, ActivityMethod::label));
        model.addAttribute("kinds", Arrays.asList(ParticipantKind.values()));
        model.addAttribute("people", activities.peopleToName(organisation).stream()
                .map(p -> new Choice(p.id().toString(), p.displayName(), roles(p))).toList());
        model.addAttribute("rungs", Arrays.stream(LadderRung.values())
                .map(r -> new Choice(r.name(), r.label(), r.approach().label() + ": " + r.description())).toList());
        model.addAttribute("modes", Arrays.stream(CoProductionMode.values())
                .map(m -> new Choice(m.name(), m.label(), m.mechanism().label() + ". " + m.description())).toList());
        model.addAttribute("levels", Arrays.stream(DecisionLevel.values())
                .map(l -> new Choice(l.name(), l.label(), l.description())).toList());
        model.addAttribute("dimensions", Arrays.stream(EqualityDimension.values())
                .map(d -> java.util.Map.entry(d, EqualityGroup.of(d))).toList());
        return "coproduction/form";
    }

    private static String roles(PersonSummary person) {
        return String.join(", ", person.roles().stream().sorted().map(Role::label).toList());
    }
}
