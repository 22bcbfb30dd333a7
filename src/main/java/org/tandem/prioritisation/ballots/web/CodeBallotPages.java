package org.tandem.prioritisation.ballots.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
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
import org.tandem.platform.FormValues;
import org.tandem.platform.GuessThrottle;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.ballots.BallotPaper;
import org.tandem.prioritisation.ballots.BallotService;
import org.tandem.prioritisation.ballots.Receipt;
import org.tandem.prioritisation.ballots.Voter;

/**
 * Voting with a paper code, without an account, on the published process's public pages. The code is typed once;
 * the session then holds only the voter's key (never the code), until the voter leaves or the session ends. Typing
 * the same code again later lets its holder change their ballot until voting closes.
 */
@Controller
@RequestMapping("/public/o/{organisationId}/pb-processes/{processId}/vote")
class CodeBallotPages {

    private final BallotService ballots;
    private final BallotPageModel pageModel;
    private final GuessThrottle guesses;

    CodeBallotPages(BallotService ballots, BallotPageModel pageModel, GuessThrottle guesses) {
        this.ballots = ballots;
        this.pageModel = pageModel;
        this.guesses = guesses;
    }

    @GetMapping
    String codeForm(@PathVariable String organisationId, @PathVariable String processId, Model model) {
        return codePage(published(organisationId, processId), "", null, model);
    }

    /**
     * Takes the code typed. A code that is not one of this vote's counts against the visitor's network address
     * ({@link GuessThrottle}); an address that typed too many is refused for a while, right codes included.
     */
    @PostMapping
    String enterCode(@PathVariable String organisationId, @PathVariable String processId,
                     @RequestParam(required = false) String code, HttpSession session, Model model,
                     HttpServletRequest request, HttpServletResponse response) {
        BallotPaper paper = published(organisationId, processId);
        Instant blocked = guesses.blockedUntil(GuessThrottle.Guess.VOTING_CODE, request.getRemoteAddr());
        if (blocked != null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return codePage(paper, "", new RuleViolation("code", "Too many codes that are not for this vote were "
                    + "typed from your connection. Try again after " + Timestamps.londonDateTime(blocked) + "."), model);
        }
        try {
            Voter.CodeHolder holder = ballots.codeHolder(paper, code == null ? "" : code);
            session.setAttribute(attribute(paper), holder.voterKey());
            return "redirect:" + path(paper) + "/ballot";
        } catch (RuleViolation e) {
            if (ballots.isWrongCode(e)) {
                guesses.recordWrong(GuessThrottle.Guess.VOTING_CODE, request.getRemoteAddr());
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return codePage(paper, code, e, model);
        }
    }

    @GetMapping("/ballot")
    String ballot(@PathVariable String organisationId, @PathVariable String processId, HttpSession session,
                  Model model) {
        BallotPaper paper = published(organisationId, processId);
        Voter.CodeHolder holder = holder(paper, session);
        if (holder == null) {
            return "redirect:" + path(paper);
        }
        return page(paper, holder, BallotForm.BLANK, null, model);
    }

    @PostMapping("/ballot")
    String cast(@PathVariable String organisationId, @PathVariable String processId,
                @RequestParam MultiValueMap<String, String> params, HttpSession session, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        BallotPaper paper = published(organisationId, processId);
        Voter.CodeHolder holder = holder(paper, session);
        if (holder == null) {
            return "redirect:" + path(paper);
        }
        BallotForm form = BallotForm.read(paper.settings().type(), params);
        try {
            Receipt receipt = ballots.cast(paper, holder, form.declaration(), form.district(), form.marks());
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:" + path(paper) + "/receipt";
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(paper, holder, form, e, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(paper, holder, form, new RuleViolation(null, e.getMessage()), model);
        }
    }

    @GetMapping("/receipt")
    String receipt(@PathVariable String organisationId, @PathVariable String processId, HttpSession session,
                   Model model) {
        BallotPaper paper = published(organisationId, processId);
        Voter.CodeHolder holder = holder(paper, session);
        model.addAttribute("process", paper.process());
        model.addAttribute("hasVoted", holder != null && ballots.hasVoted(paper, holder));
        model.addAttribute("ballotLink", path(paper) + "/ballot");
        model.addAttribute("backLink", BallotPaths.publicProcess(paper.process().organisationId(),
                paper.process().id()));
        model.addAttribute("open", paper.open());
        return "prioritisation/receipt";
    }

    private String page(BallotPaper paper, Voter.CodeHolder holder, BallotForm form, RuleViolation problem,
                        Model model) {
        return pageModel.describe(paper, form, ballots.hasVoted(paper, holder), path(paper) + "/ballot",
                BallotPaths.publicProcess(paper.process().organisationId(), paper.process().id()), problem, model);
    }

    private String codePage(BallotPaper paper, String code, RuleViolation problem, Model model) {
        model.addAttribute("process", paper.process());
        model.addAttribute("open", paper.open());
        model.addAttribute("voting", paper.process().dates(org.tandem.prioritisation.PbPhase.VOTING));
        model.addAttribute("code", code == null ? "" : code.length() > 40 ? code.substring(0, 40) : code);
        model.addAttribute("error", problem == null ? null : problem.getMessage());
        model.addAttribute("action", path(paper));
        model.addAttribute("backLink", BallotPaths.publicProcess(paper.process().organisationId(),
                paper.process().id()));
        return "prioritisation/vote-code";
    }

    private static Voter.CodeHolder holder(BallotPaper paper, HttpSession session) {
        return session.getAttribute(attribute(paper)) instanceof String key ? new Voter.CodeHolder(key) : null;
    }

    private static String attribute(BallotPaper paper) {
        return "pb-ballot-voter:" + paper.process().id();
    }

    private static String path(BallotPaper paper) {
        return BallotPaths.codeVote(paper.process().organisationId(), paper.process().id());
    }

    /** A published process from ids typed into an address; anything else is not found. */
    private BallotPaper published(String organisationId, String processId) {
        UUID org = FormValues.uuid(organisationId);
        UUID id = FormValues.uuid(processId);
        if (org == null || id == null) {
            throw new NotFoundException("Participatory budgeting process");
        }
        BallotPaper paper = ballots.paper(org, id);
        if (!paper.process().published()) {
            throw new NotFoundException("Participatory budgeting process");
        }
        return paper;
    }
}
