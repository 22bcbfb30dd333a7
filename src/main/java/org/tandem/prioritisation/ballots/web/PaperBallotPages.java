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
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.ballots.BallotPaper;
import org.tandem.prioritisation.ballots.BallotService;
import org.tandem.prioritisation.ballots.PaperBallots;
import org.tandem.prioritisation.ballots.PollingStation;

/**
 * Typing in paper ballots and reconciling the two entries of each sheet. Commissioning officers and commissioners
 * enter sheets; a commissioner who entered neither reading settles a sheet whose two entries differ.
 */
@Controller
@RequestMapping("/o/{organisationId}/pb-processes/{processId}/paper-ballots")
class PaperBallotPages {

    private final BallotService ballots;
    private final PaperBallots paperBallots;
    private final PollingStation pollingStation;
    private final BallotPageModel pageModel;

    PaperBallotPages(BallotService ballots, PaperBallots paperBallots, PollingStation pollingStation,
                     BallotPageModel pageModel) {
        this.ballots = ballots;
        this.paperBallots = paperBallots;
        this.pollingStation = pollingStation;
        this.pageModel = pageModel;
    }

    @GetMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String sheets(CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        BallotPaper paper = ballots.paper(organisation.organisationId(), processId);
        return page(paper, "", BallotForm.BLANK, null, model);
    }

    @PostMapping("/check-in")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String checkIn(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                   @RequestParam(required = false) String code, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        BallotPaper paper = ballots.paper(organisation.organisationId(), processId);
        try {
            pollingStation.checkIn(paper, new Actor(user.personId(), user.displayName()), code);
            redirect.addFlashAttribute("flash", "Checked in: hand the voter a ballot paper. Their code can no "
                    + "longer vote online, and any ballot it cast online no longer counts.");
            return "redirect:" + BallotPaths.paper(organisation.organisationId(), processId);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("code", code == null || code.length() > 40 ? "" : code);
            return page(paper, "", BallotForm.BLANK, e, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(paper, "", BallotForm.BLANK, new RuleViolation("code", e.getMessage()), model);
        }
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String enter(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                 @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        BallotPaper paper = ballots.paper(organisation.organisationId(), processId);
        BallotForm form = BallotForm.read(paper.settings().type(), params);
        String sheet = params.getFirst("sheet") == null ? "" : params.getFirst("sheet");
        try {
            PaperBallots.State state = paperBallots.enter(paper, new Actor(user.personId(), user.displayName()),
                    organisation.has(Role.COMMISSIONER), sheet, form.district(), form.marks());
            redirect.addFlashAttribute("flash", "Sheet " + sheet.strip() + " entered. " + state.label());
            return "redirect:" + BallotPaths.paper(organisation.organisationId(), processId);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(paper, sheet, form, e, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(paper, sheet, form, new RuleViolation(null, e.getMessage()), model);
        }
    }

    private String page(BallotPaper paper, String sheet, BallotForm form, RuleViolation problem, Model model) {
        UUID org = paper.process().organisationId();
        pageModel.describe(paper, form, false, BallotPaths.paper(org, paper.process().id()),
                BallotPaths.process(org, paper.process().id()), problem, model);
        model.addAttribute("sheet", sheet.length() > 10 ? sheet.substring(0, 10) : sheet);
        model.addAttribute("sheets", paperBallots.sheets(paper));
        model.addAttribute("entering", paper.phase() == PbPhase.VOTING
                || paper.phase() == PbPhase.COUNTING);
        model.addAttribute("turnout", ballots.turnout(org, paper.process().id()));
        boolean checksIn = PollingStation.checksIn(paper);
        model.addAttribute("checksIn", checksIn);
        // The same test the check-in itself makes, so the form shows exactly when it can succeed.
        model.addAttribute("checkingIn", checksIn && paper.open());
        model.addAttribute("checkedIn", pollingStation.checkedIn(paper));
        model.addAttribute("checkInAction", BallotPaths.paper(org, paper.process().id()) + "/check-in");
        if (!model.containsAttribute("code")) {
            model.addAttribute("code", "");
        }
        return "prioritisation/paper-ballots";
    }
}
