package org.tandem.prioritisation.ballots.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.ballots.BallotPaper;
import org.tandem.prioritisation.ballots.BallotService;
import org.tandem.prioritisation.ballots.Receipt;
import org.tandem.prioritisation.ballots.Voter;

/**
 * Voting online as a signed-in member of the organisation, while voting runs: the ballot, then the receipt. Casting
 * again replaces the earlier ballot. The receipt code is shown once, straight after casting.
 */
@Controller
@RequestMapping("/o/{organisationId}/pb-processes/{processId}/ballot")
class BallotPages {

    private final BallotService ballots;
    private final BallotPageModel pageModel;

    BallotPages(BallotService ballots, BallotPageModel pageModel) {
        this.ballots = ballots;
        this.pageModel = pageModel;
    }

    @GetMapping
    @OrganisationMember
    String ballot(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        BallotPaper paper = ballots.paper(organisation.organisationId(), processId);
        return page(paper, user, BallotForm.BLANK, null, model);
    }

    @PostMapping
    @OrganisationMember
    String cast(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        BallotPaper paper = ballots.paper(organisation.organisationId(), processId);
        BallotForm form = BallotForm.read(paper.settings().type(), params);
        try {
            Receipt receipt = ballots.cast(paper, new Voter.SignedIn(user.personId()), form.declaration(),
                    form.district(), form.marks());
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:" + BallotPaths.ballot(organisation.organisationId(), processId) + "/receipt";
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(paper, user, form, e, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(paper, user, form, new RuleViolation(null, e.getMessage()), model);
        }
    }

    @GetMapping("/receipt")
    @OrganisationMember
    String receipt(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                   Model model) {
        BallotPaper paper = ballots.paper(organisation.organisationId(), processId);
        model.addAttribute("process", paper.process());
        model.addAttribute("hasVoted", ballots.hasVoted(paper, new Voter.SignedIn(user.personId())));
        model.addAttribute("ballotLink", BallotPaths.ballot(organisation.organisationId(), processId));
        model.addAttribute("backLink", BallotPaths.process(organisation.organisationId(), processId));
        model.addAttribute("open", paper.open());
        return "prioritisation/receipt";
    }

    private String page(BallotPaper paper, CurrentUser user, BallotForm form, RuleViolation problem, Model model) {
        UUID org = paper.process().organisationId();
        return pageModel.describe(paper, form, ballots.hasVoted(paper, new Voter.SignedIn(user.personId())),
                BallotPaths.ballot(org, paper.process().id()), BallotPaths.process(org, paper.process().id()),
                problem, model);
    }
}
