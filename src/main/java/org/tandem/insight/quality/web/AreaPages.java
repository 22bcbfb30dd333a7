package org.tandem.insight.quality.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.insight.quality.QualityArea;
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.Viewer;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/** A round's quality areas while it is a draft: adding, rewording, reordering and removing them. */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/quality-rounds/{roundId}/areas")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class AreaPages {

    private final QualityRounds rounds;
    private final RoundView roundView;

    AreaPages(QualityRounds rounds, RoundView roundView) {
        this.rounds = rounds;
        this.roundView = roundView;
    }

    @GetMapping("/new")
    String newForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                   @PathVariable UUID roundId, Model model) {
        model.addAttribute("form", AreaForm.blank());
        return form(rounds.managed(Viewer.of(user, organisation), commissionId, roundId), null, model);
    }

    @PostMapping
    String add(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
               @PathVariable UUID roundId, @Validated @ModelAttribute("form") AreaForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        if (!errors.hasErrors()) {
            try {
                QualityArea added = rounds.addArea(viewer, commissionId, roundId, form.toDraft());
                redirect.addFlashAttribute("flash", added.name() + " has been added");
                return "redirect:" + Links.round(round) + "#areas";
            } catch (RuleViolation e) {
                Inputs.reject(errors, e);
            }
        }
        return form(round, null, model);
    }

    @GetMapping("/{areaId}/edit")
    String editForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                    @PathVariable UUID roundId, @PathVariable UUID areaId, Model model) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityArea area = rounds.area(viewer, commissionId, roundId, areaId);
        model.addAttribute("form", AreaForm.of(area));
        return form(rounds.managed(viewer, commissionId, roundId), area, model);
    }

    @PostMapping("/{areaId}")
    String change(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @PathVariable UUID areaId,
                  @Validated @ModelAttribute("form") AreaForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityArea area = rounds.area(viewer, commissionId, roundId, areaId);
        QualityRound round = rounds.managed(viewer, commissionId, roundId);
        if (!errors.hasErrors()) {
            try {
                rounds.changeArea(viewer, commissionId, roundId, areaId, form.toDraft());
                redirect.addFlashAttribute("flash", "Your changes to " + form.toDraft().name() + " have been saved");
                return "redirect:" + Links.round(round) + "#areas";
            } catch (RuleViolation e) {
                Inputs.reject(errors, e);
            }
        }
        return form(round, area, model);
    }

    @PostMapping("/{areaId}/move")
    String move(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID roundId, @PathVariable UUID areaId,
                @RequestParam(required = false) String direction, Model model) {
        Viewer viewer = Viewer.of(user, organisation);
        try {
            rounds.moveArea(viewer, commissionId, roundId, areaId, "up".equals(direction));
            return "redirect:" + Links.round(rounds.managed(viewer, commissionId, roundId)) + "#areas";
        } catch (RuleViolation e) {
            model.addAttribute("problem", e.getMessage());
            return roundView.show(viewer, commissionId, roundId, model);
        }
    }

    @PostMapping("/{areaId}/remove")
    String remove(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @PathVariable UUID areaId, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityArea area = rounds.area(viewer, commissionId, roundId, areaId);
        try {
            rounds.removeArea(viewer, commissionId, roundId, areaId);
            redirect.addFlashAttribute("flash", area.name() + " has been removed");
            return "redirect:" + Links.round(rounds.managed(viewer, commissionId, roundId)) + "#areas";
        } catch (RuleViolation e) {
            model.addAttribute("problem", e.getMessage());
            return roundView.show(viewer, commissionId, roundId, model);
        }
    }

    private String form(QualityRound round, QualityArea area, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("area", area);
        return "insight/quality/area-form";
    }
}
