package org.tandem.insight.quality.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
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
import org.tandem.insight.quality.QualityVisits;
import org.tandem.insight.quality.Rating;
import org.tandem.insight.quality.Viewer;
import org.tandem.insight.quality.Visit;
import org.tandem.insight.quality.VisitSheet;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * The visit form, made for a phone: each area's rating guide beside its red, amber and green radios, evidence and
 * quotes, saved as a draft or submitted. Open to the visit's team and to the round's managers; not found for anyone
 * else. A commissioner can reopen a submitted visit with a reason.
 */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/quality-rounds/{roundId}/visits/{visitId}")
class VisitPages {

    private final QualityVisits visits;

    VisitPages(QualityVisits visits) {
        this.visits = visits;
    }

    @GetMapping
    @OrganisationMember
    String show(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID roundId, @PathVariable UUID visitId, Model model) {
        VisitSheet sheet = visits.sheet(Viewer.of(user, organisation), commissionId, roundId, visitId);
        VisitForm form = VisitForm.of(sheet);
        model.addAttribute("form", form);
        return page(Viewer.of(user, organisation), sheet, form, null, model);
    }

    @PostMapping
    @OrganisationMember
    String record(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @PathVariable UUID visitId,
                  @Validated @ModelAttribute("form") VisitForm form, BindingResult errors,
                  @RequestParam(required = false) String action, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Viewer viewer = Viewer.of(user, organisation);
        VisitSheet sheet = visits.sheet(viewer, commissionId, roundId, visitId);
        boolean submit = "submit".equals(action);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (!errors.hasErrors() && submit) {
            Visit.incomplete(sheet.areas(), form.toRatings()).forEach(problem -> Inputs.reject(errors, problem));
        }
        if (!errors.hasErrors()) {
            try {
                if (submit) {
                    visits.submit(viewer, commissionId, roundId, visitId, form.version(), form.toRatings());
                    redirect.addFlashAttribute("flash", "Thank you. The visit to " + sheet.service().name()
                            + " has been submitted");
                } else {
                    visits.save(viewer, commissionId, roundId, visitId, form.version(), form.toRatings());
                    redirect.addFlashAttribute("flash", "Your ratings have been saved as a draft");
                }
                return "redirect:" + Links.visit(sheet.round(), visitId);
            } catch (RuleViolation e) {
                Inputs.reject(errors, e);
            } catch (ConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject("conflict", e.getMessage());
            }
        }
        return page(viewer, sheet, form, errors, model);
    }

    @PostMapping("/reopen")
    @RequiresRole(Role.COMMISSIONER)
    String reopen(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID roundId, @PathVariable UUID visitId,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Viewer viewer = Viewer.of(user, organisation);
        VisitSheet sheet = visits.sheet(viewer, commissionId, roundId, visitId);
        try {
            Integer read = version == null || !version.strip().matches("\\d{1,9}") ? null
                    : Integer.valueOf(version.strip());
            if (read == null) {
                throw new RuleViolation(null, "The form was incomplete. Reload the page and try again.");
            }
            visits.reopen(viewer, commissionId, roundId, visitId, read, reason);
            redirect.addFlashAttribute("flash", "The visit has been reopened. Its team can change it again.");
            return "redirect:" + Links.visit(sheet.round(), visitId);
        } catch (RuleViolation | ConflictException e) {
            if (e instanceof ConflictException) {
                response.setStatus(HttpStatus.CONFLICT.value());
            }
            VisitForm form = VisitForm.of(sheet);
            model.addAttribute("form", form);
            model.addAttribute("reopenError", e.getMessage());
            model.addAttribute("reason", reason);
            return page(viewer, sheet, form, null, model);
        }
    }

    /**
     * The page with the form's entries lined up with the round's areas (what was typed is kept, whatever order it
     * came in), and each field's first problem by name, so the template never looks up a field the form lacks.
     */
    private String page(Viewer viewer, VisitSheet sheet, VisitForm form, BindingResult errors, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("entries", form.alignedTo(sheet.areas()));
        Map<String, String> fieldErrors = new HashMap<>();
        if (errors != null) {
            errors.getFieldErrors().forEach(e -> fieldErrors.putIfAbsent(e.getField(), e.getDefaultMessage()));
        }
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("ratings", List.of(Rating.GREEN, Rating.AMBER, Rating.RED));
        model.addAttribute("canReopen", viewer.isCommissioner() && sheet.visit().isSubmitted()
                && sheet.round().isRecording());
        model.addAttribute("canManage", viewer.manages());
        return "insight/quality/visit";
    }
}
