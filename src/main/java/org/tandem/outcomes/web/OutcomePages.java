package org.tandem.outcomes.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.internal.OutcomeEditing;
import org.tandem.outcomes.internal.PositiveFraming;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/** Adding, changing, moving and removing the outcomes of a draft: commissioners and commissioning officers only. */
@Controller
@RequestMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}/outcomes")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class OutcomePages {

    private final DraftVersions versions;
    private final OutcomeEditing editing;

    OutcomePages(DraftVersions versions, OutcomeEditing editing) {
        this.versions = versions;
        this.editing = editing;
    }

    @GetMapping("/new")
    String addForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @PathVariable int versionNumber, Model model) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        model.addAttribute("form", OutcomeForm.blank());
        return form(organisation, found, null, model);
    }

    @PostMapping
    String add(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
               @PathVariable int versionNumber, @Validated @ModelAttribute("form") OutcomeForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        if (errors.hasErrors()) {
            return form(organisation, found, null, model);
        }
        try {
            OutcomeView added = editing.add(Actors.of(user), organisation.organisationId(), found.versionId(),
                    form.toDraft());
            redirect.addFlashAttribute("flash", "\"" + added.ownWords() + "\" has been added. Add its indicators.");
            return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber)
                    + "#outcome-" + added.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, found, null, model);
        }
    }

    @GetMapping("/{outcomeId}/edit")
    String changeForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                      @PathVariable int versionNumber, @PathVariable UUID outcomeId, Model model) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        OutcomeView outcome = editing.inVersion(organisation.organisationId(), found.versionId(), outcomeId);
        model.addAttribute("form", OutcomeForm.of(outcome));
        return form(organisation, found, outcome, model);
    }

    @PostMapping("/{outcomeId}")
    String change(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                  @PathVariable int versionNumber, @PathVariable UUID outcomeId,
                  @Validated @ModelAttribute("form") OutcomeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        OutcomeView outcome = editing.inVersion(organisation.organisationId(), found.versionId(), outcomeId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, found, outcome, model);
        }
        try {
            OutcomeView saved = editing.update(organisation.organisationId(), found.versionId(), outcomeId,
                    form.version(), form.toDraft());
            redirect.addFlashAttribute("flash", "Your changes to \"" + saved.ownWords() + "\" have been saved");
            return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber)
                    + "#outcome-" + outcomeId;
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, found, outcome, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(organisation, found, outcome, model);
        }
    }

    @PostMapping("/{outcomeId}/move")
    String move(CurrentUser.Membership organisation, @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                @PathVariable UUID outcomeId, @RequestParam(required = false) String direction) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        editing.move(organisation.organisationId(), found.versionId(), outcomeId, !"down".equals(direction));
        return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber)
                + "#outcome-" + outcomeId;
    }

    @GetMapping("/{outcomeId}/delete")
    String deleteCheck(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                       @PathVariable int versionNumber, @PathVariable UUID outcomeId, Model model) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        OutcomeView outcome = editing.inVersion(organisation.organisationId(), found.versionId(), outcomeId);
        String base = OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber);
        model.addAttribute("title", "Remove \"" + outcome.ownWords() + "\"?");
        model.addAttribute("explanation", "The outcome and its " + outcome.indicators().size() + " indicators will "
                + "be removed from " + found.version().label().toLowerCase() + ". Earlier versions keep them.");
        model.addAttribute("action", OutcomesPaths.outcome(organisation.organisationId(), frameworkId,
                versionNumber, outcomeId) + "/delete");
        model.addAttribute("button", "Remove the outcome");
        model.addAttribute("backLink", base);
        return "outcomes/confirm";
    }

    @PostMapping("/{outcomeId}/delete")
    String delete(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                  @PathVariable int versionNumber, @PathVariable UUID outcomeId, RedirectAttributes redirect) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        OutcomeView outcome = editing.inVersion(organisation.organisationId(), found.versionId(), outcomeId);
        editing.delete(organisation.organisationId(), found.versionId(), outcomeId);
        redirect.addFlashAttribute("flash", "\"" + outcome.ownWords() + "\" has been removed");
        return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber);
    }

    private String form(CurrentUser.Membership organisation, DraftVersions.Found found, OutcomeView outcome,
                        Model model) {
        UUID org = organisation.organisationId();
        String base = OutcomesPaths.version(org, found.framework().id(), found.version().number());
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("outcome", outcome);
        model.addAttribute("action", outcome == null ? base + "/outcomes"
                : OutcomesPaths.outcome(org, found.framework().id(), found.version().number(), outcome.id()));
        model.addAttribute("framingHint", outcome == null ? null : PositiveFraming.hint(outcome.ownWords())
                .orElse(null));
        model.addAttribute("backLink", base);
        ChoiceLists.outcome(model);
        return "outcomes/outcome-form";
    }
}
