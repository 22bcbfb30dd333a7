package org.tandem.insight.quality.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.tandem.insight.quality.Assessor;
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.QualityVisits;
import org.tandem.insight.quality.Viewer;
import org.tandem.insight.quality.Visit;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;

/** Planning visits: the service, the date and the team; changing a plan; taking a visit nobody started off it. */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/quality-rounds/{roundId}/visits")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class VisitPlanPages {

    private final QualityRounds rounds;
    private final QualityVisits visits;
    private final RoundView roundView;

    VisitPlanPages(QualityRounds rounds, QualityVisits visits, RoundView roundView) {
        this.rounds = rounds;
        this.visits = visits;
        this.roundView = roundView;
    }

    @GetMapping("/new")
    String newForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                   @PathVariable UUID roundId, Model model) {
        Viewer viewer = Viewer.of(user, organisation);
        model.addAttribute("form", VisitPlanForm.blank());
        return form(viewer, rounds.managed(viewer, commissionId, roundId), null, model);
    }

    @PostMapping
    String plan(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID roundId, @Validated @ModelAttribute("form") VisitPlanForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        if (!errors.hasErrors()) {
            try {
                Visit visit = visits.plan(viewer, commissionId, roundId, form.toPlan());
                redirect.addFlashAttribute("flash", planned(visit, "has been planned"));
                return "redirect:" + Links.round(round) + "#visits";
            } catch (RuleViolation e) {
                Inputs.reject(errors, e);
            }
        }
        return form(viewer, round, null, model);
    }

    @GetMapping("/{visitId}/plan")
    String editForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                    @PathVariable UUID roundId, @PathVariable UUID visitId, Model model) {
        Viewer viewer = Viewer.of(user, organisation);
        Visit visit = visits.sheet(viewer, commissionId, roundId, visitId).visit();
        model.addAttribute("form", VisitPlanForm.of(visit));
        return form(viewer, rounds.managed(viewer, commissionId, roundId), visit, model);
    }

    @PostMapping("/{visitId}/plan")
    String replan(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @PathVariable UUID visitId,
                  @Validated @ModelAttribute("form") VisitPlanForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Viewer viewer = Viewer.of(user, organisation);
        Visit visit = visits.sheet(viewer, commissionId, roundId, visitId).visit();
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (!errors.hasErrors()) {
            try {
                Visit saved = visits.replan(viewer, commissionId, roundId, visitId, form.version(), form.toPlan());
                redirect.addFlashAttribute("flash", planned(saved, "has been changed"));
                return "redirect:" + Links.round(round) + "#visits";
            } catch (RuleViolation e) {
                Inputs.reject(errors, e);
            } catch (ConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject("conflict", e.getMessage());
            }
        }
        return form(viewer, round, visit, model);
    }

    @PostMapping("/{visitId}/remove")
    String remove(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @PathVariable UUID visitId,
                  @RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Viewer viewer = Viewer.of(user, organisation);
        try {
            Integer read = version == null || !version.strip().matches("\\d{1,9}") ? null
                    : Integer.valueOf(version.strip());
            if (read == null) {
                throw new RuleViolation(null, "The form was incomplete. Reload the page and try again.");
            }
            visits.remove(viewer, commissionId, roundId, visitId, read);
            redirect.addFlashAttribute("flash", "The visit has been removed");
            return "redirect:" + Links.round(rounds.managed(viewer, commissionId, roundId)) + "#visits";
        } catch (RuleViolation | ConflictException e) {
            if (e instanceof ConflictException) {
                response.setStatus(HttpStatus.CONFLICT.value());
            }
            model.addAttribute("problem", e.getMessage());
            return roundView.show(viewer, commissionId, roundId, model);
        }
    }

    /** "The visit on 8 October 2026 has been planned", with any warning about the team's shape. */
    private static String planned(Visit visit, String what) {
        String warnings = String.join(" ", visit.teamWarnings());
        return "The visit on " + Timestamps.longDate(visit.visitDate()) + " " + what + "."
                + (warnings.isEmpty() ? "" : " " + warnings);
    }

    private String form(Viewer viewer, QualityRound round, Visit visit, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("visit", visit);
        model.addAttribute("services", rounds.services(viewer, round).stream()
                .map(s -> new Choice(s.id().toString(), s.name(), s.providerName())).toList());
        model.addAttribute("assessors", visits.possibleAssessors(viewer).stream()
                .map(p -> new Choice(p.id().toString(), p.displayName(), Assessor.of(p).kind() + ": "
                        + p.roles().stream().filter(r -> Arrays.asList(Assessor.ROLES).contains(r))
                        .map(Role::label).sorted().collect(Collectors.joining(", ")).toLowerCase()))
                .toList());
        return "insight/quality/visit-plan-form";
    }
}
