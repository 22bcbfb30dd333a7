package org.tandem.insight.quality.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.tandem.insight.quality.AmberThreshold;
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.RoundRepository;
import org.tandem.insight.quality.RoundStatus;
import org.tandem.insight.quality.RoundTransition;
import org.tandem.insight.quality.VisitCombination;
import org.tandem.insight.quality.Viewer;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/** Assessment rounds of a commission: the list, setting one up, its page, changing it and taking its next step. */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/quality-rounds")
class RoundPages {

    private final QualityRounds rounds;
    private final RoundView roundView;

    RoundPages(QualityRounds rounds, RoundView roundView) {
        this.rounds = rounds;
        this.roundView = roundView;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                Model model) {
        Viewer viewer = Viewer.of(user, organisation);
        RoundStatus statusFilter = FormValues.enumValue(RoundStatus.class, status);
        RoundRepository.Sort order = FormValues.enumValue(RoundRepository.Sort.class, sort);
        var commission = rounds.commission(viewer, commissionId);
        model.addAttribute("commission", commission);
        model.addAttribute("results", rounds.list(viewer, commissionId,
                new RoundRepository.Filter(q, statusFilter, null), order, PageRequest.of(page, 25)));
        model.addAttribute("q", q);
        model.addAttribute("status", statusFilter == null ? null : statusFilter.name());
        model.addAttribute("sort", order == null ? "NEWEST" : order.name());
        model.addAttribute("statuses", Choice.of(RoundStatus.class, RoundStatus::label));
        model.addAttribute("sorts", List.of(new Choice("NEWEST", "Most recent visits", null),
                new Choice("TITLE", "Title", null), new Choice("STATUS", "Status", null)));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("status", statusFilter);
        filters.put("sort", order);
        model.addAttribute("pageBase", ListLinks.base(Links.rounds(organisation.organisationId(), commissionId),
                filters));
        // a partner organisation sees the commission, but the lead organisation runs its rounds
        model.addAttribute("canManage", viewer.manages() && commission.ledBy(organisation.organisationId()));
        return "insight/quality/rounds";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String newForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                   Model model) {
        model.addAttribute("form", RoundForm.blank());
        return form(Viewer.of(user, organisation), commissionId, null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String create(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @Validated @ModelAttribute("form") RoundForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user, organisation);
        if (!errors.hasErrors()) {
            try {
                QualityRound round = rounds.create(viewer, commissionId, form.toDraft(), form.fromTemplate());
                redirect.addFlashAttribute("flash", round.title() + " has been set up as a draft");
                return "redirect:" + Links.round(round);
            } catch (RuleViolation e) {
                Inputs.reject(errors, e);
            }
        }
        return form(viewer, commissionId, null, model);
    }

    @GetMapping("/{roundId}")
    @OrganisationMember
    String show(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID roundId, Model model) {
        return roundView.show(Viewer.of(user, organisation), commissionId, roundId, model);
    }

    @GetMapping("/{roundId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                    @PathVariable UUID roundId, Model model) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        model.addAttribute("form", RoundForm.of(round));
        return form(viewer, commissionId, round, model);
    }

    @PostMapping("/{roundId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String update(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @Validated @ModelAttribute("form") RoundForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (!errors.hasErrors()) {
            try {
                QualityRound saved = rounds.update(viewer, commissionId, roundId, form.version(), form.toDraft());
                redirect.addFlashAttribute("flash", "Your changes to " + saved.title() + " have been saved");
                return "redirect:" + Links.round(saved);
            } catch (RuleViolation e) {
                Inputs.reject(errors, e);
            } catch (ConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject("conflict", e.getMessage());
            }
        }
        return form(viewer, commissionId, round, model);
    }

    @PostMapping("/{roundId}/transitions")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String take(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID roundId, @RequestParam(required = false) String transition,
                @RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Viewer viewer = Viewer.of(user, organisation);
        Integer read = version == null || !version.strip().matches("\\d{1,9}") ? null
                : Integer.valueOf(version.strip());
        try {
            if (read == null) {
                throw new RuleViolation("transition", "The form was incomplete. Reload the page and try again.");
            }
            QualityRound moved = rounds.take(viewer, commissionId, roundId, read,
                    FormValues.enumValue(RoundTransition.class, transition));
            redirect.addFlashAttribute("flash", moved.title() + " is now in " + moved.status().label());
            return "redirect:" + Links.round(moved);
        } catch (RuleViolation | ConflictException e) {
            if (e instanceof ConflictException) {
                response.setStatus(HttpStatus.CONFLICT.value());
            }
            model.addAttribute("problem", e.getMessage());
            return roundView.show(viewer, commissionId, roundId, model);
        }
    }

    private String form(Viewer viewer, UUID commissionId, QualityRound round, Model model) {
        model.addAttribute("commission", rounds.commission(viewer, commissionId));
        model.addAttribute("round", round);
        model.addAttribute("amberThresholds", Arrays.stream(AmberThreshold.values())
                .map(a -> new Choice(a.name(), a.label(), null)).toList());
        model.addAttribute("combinations", Arrays.stream(VisitCombination.values())
                .map(c -> new Choice(c.name(), c.label(), c.explanation())).toList());
        model.addAttribute("starts", List.of(
                new Choice("TEMPLATE", "Tandem's nine-area template", "Nine areas a youth service can be judged on, "
                        + "in young people's words, each with a rating guide. Change them with your group."),
                new Choice("EMPTY", "No areas", "Write every area with your group from the start")));
        return "insight/quality/round-form";
    }
}
