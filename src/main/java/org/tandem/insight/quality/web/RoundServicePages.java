package org.tandem.insight.quality.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.Viewer;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.FormValues;

/** Choosing the services a round visits from the organisation's current provision. */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/quality-rounds/{roundId}/services")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class RoundServicePages {

    private final QualityRounds rounds;
    private final RoundView roundView;

    RoundServicePages(QualityRounds rounds, RoundView roundView) {
        this.rounds = rounds;
        this.roundView = roundView;
    }

    @PostMapping
    String add(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
               @PathVariable UUID roundId, @RequestParam(required = false) String serviceId, Model model,
               RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user, organisation);
        UUID id = FormValues.uuid(serviceId);
        if (id == null) {
            throw new NotFoundException("Service");
        }
        try {
            FundedService added = rounds.addService(viewer, commissionId, roundId, id);
            redirect.addFlashAttribute("flash", added.name() + " will be visited in this round");
            return "redirect:" + Links.round(rounds.managed(viewer, commissionId, roundId)) + "#services";
        } catch (RuleViolation e) {
            model.addAttribute("problem", e.getMessage());
            return roundView.show(viewer, commissionId, roundId, model);
        }
    }

    @PostMapping("/{serviceId}/remove")
    String remove(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @PathVariable UUID serviceId, Model model,
                  RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(user, organisation);
        try {
            rounds.removeService(viewer, commissionId, roundId, serviceId);
            redirect.addFlashAttribute("flash", "The service will not be visited in this round");
            return "redirect:" + Links.round(rounds.managed(viewer, commissionId, roundId)) + "#services";
        } catch (RuleViolation e) {
            model.addAttribute("problem", e.getMessage());
            return roundView.show(viewer, commissionId, roundId, model);
        }
    }
}
