package org.tandem.insight.quality.web;

import java.util.List;
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
import org.tandem.insight.quality.QualityResults;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.Rating;
import org.tandem.insight.quality.RoundResults;
import org.tandem.insight.quality.ServiceResult;
import org.tandem.insight.quality.Viewer;
import org.tandem.platform.Choice;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * A round's results: each service's area ratings, the evidence, the recommendation and why, the decision and the
 * provider's responses; and the page where the commissioner confirms or overrides a recommendation.
 */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/quality-rounds/{roundId}/results")
class ResultPages {

    private final QualityResults results;
    private final QualityRounds rounds;

    ResultPages(QualityResults results, QualityRounds rounds) {
        this.results = results;
        this.rounds = rounds;
    }

    @GetMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String results(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                   @PathVariable UUID roundId, Model model) {
        Viewer viewer = Viewer.of(user, organisation);
        RoundResults roundResults = results.results(viewer, commissionId, roundId);
        model.addAttribute("commission", rounds.commission(viewer, commissionId));
        model.addAttribute("results", roundResults);
        model.addAttribute("round", roundResults.round());
        model.addAttribute("canDecide", viewer.isCommissioner() && roundResults.round().isDeciding());
        return "insight/quality/results";
    }

    @GetMapping("/{serviceId}/decision")
    @RequiresRole(Role.COMMISSIONER)
    String decisionForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                        @PathVariable UUID roundId, @PathVariable UUID serviceId, Model model) {
        ServiceResult result = results.result(Viewer.of(user, organisation), commissionId, roundId, serviceId);
        model.addAttribute("form", DecisionForm.of(result.recommendation().rating(), result.decision()));
        return decisionPage(Viewer.of(user, organisation), commissionId, roundId, result, model);
    }

    @PostMapping("/{serviceId}/decision")
    @RequiresRole(Role.COMMISSIONER)
    String decide(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @PathVariable UUID serviceId,
                  @Validated @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user, organisation);
        ServiceResult result = results.result(viewer, commissionId, roundId, serviceId);
        if (!errors.hasErrors()) {
            try {
                var decision = results.decide(viewer, commissionId, roundId, serviceId, form.toDraft());
                redirect.addFlashAttribute("flash", result.service().name() + ": "
                        + decision.decided().label().toLowerCase() + " ("
                        + decision.decided().meaning().toLowerCase() + ")"
                        + (decision.isOverride() ? ", overriding the recommendation" : ", as recommended"));
                return "redirect:" + Links.results(rounds.managed(viewer, commissionId, roundId)) + "#service-"
                        + serviceId;
            } catch (RuleViolation e) {
                // the date is typed in three boxes; its problems belong to the first
                Inputs.reject(errors, "progressBy".equals(e.field()) ? new RuleViolation("progressDay", e.getMessage())
                        : e);
            }
        }
        return decisionPage(viewer, commissionId, roundId, result, model);
    }

    private String decisionPage(Viewer viewer, UUID commissionId, UUID roundId, ServiceResult result, Model model) {
        Rating recommended = result.recommendation().rating();
        model.addAttribute("round", rounds.managed(viewer, commissionId, roundId));
        model.addAttribute("areas", rounds.areas(rounds.managed(viewer, commissionId, roundId)));
        model.addAttribute("result", result);
        model.addAttribute("choices", List.of(Rating.GREEN, Rating.AMBER, Rating.RED).stream()
                .map(r -> new Choice(r.name(), r.label() + ": " + r.meaning().toLowerCase()
                        + (r == recommended ? " (the recommendation)" : ""), null))
                .toList());
        return "insight/quality/decision";
    }
}
