package org.tandem.prioritisation.ballots.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.District;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.ballots.BallotPaper;
import org.tandem.prioritisation.ballots.BallotService;

/** What the ballot page shows, for signed-in voters and for code holders alike. */
@Component
class BallotPageModel {

    static final String TEMPLATE = "prioritisation/ballot";

    String describe(BallotPaper paper, BallotForm form, boolean hasVoted, String action, String backLink,
                    RuleViolation problem, Model model) {
        Map<UUID, String> districtNames = new HashMap<>();
        for (District d : paper.process().districts()) {
            districtNames.put(d.id(), d.name());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem != null) {
            errors.put(problem.field() == null ? "" : problem.field(), problem.getMessage());
        }
        model.addAttribute("paper", paper);
        model.addAttribute("process", paper.process());
        model.addAttribute("settings", paper.settings());
        model.addAttribute("type", paper.settings().type().name());
        model.addAttribute("districtNames", districtNames);
        model.addAttribute("form", form);
        model.addAttribute("hasVoted", hasVoted);
        model.addAttribute("asksDeclaration", BallotService.asksForDeclaration(paper.process()));
        model.addAttribute("voting", paper.process().dates(PbPhase.VOTING));
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        model.addAttribute("backLink", backLink);
        return TEMPLATE;
    }
}
