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
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.internal.OutcomeEditing;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/** Adding, changing, moving and removing a draft outcome's indicators: commissioners and commissioning officers. */
@Controller
@RequestMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class IndicatorPages {

    private final DraftVersions versions;
    private final OutcomeEditing editing;

    IndicatorPages(DraftVersions versions, OutcomeEditing editing) {
        this.versions = versions;
        this.editing = editing;
    }

    @GetMapping("/outcomes/{outcomeId}/indicators/new")
    String addForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @PathVariable int versionNumber, @PathVariable UUID outcomeId, Model model) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        OutcomeView outcome = editing.inVersion(organisation.organisationId(), found.versionId(), outcomeId);
        model.addAttribute("form", IndicatorForm.blank());
        return form(organisation, found, outcome, null, model);
    }

    @PostMapping("/outcomes/{outcomeId}/indicators")
    String add(CurrentUser.Membership organisation, @PathVariable UUID frameworkId, @PathVariable int versionNumber,
               @PathVariable UUID outcomeId, @Validated @ModelAttribute("form") IndicatorForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        OutcomeView outcome = editing.inVersion(organisation.organisationId(), found.versionId(), outcomeId);
        if (errors.hasErrors()) {
            return form(organisation, found, outcome, null, model);
        }
        try {
            IndicatorView added = editing.addIndicator(organisation.organisationId(), found.versionId(), outcomeId,
                    form.toDraft());
            redirect.addFlashAttribute("flash", "The indicator " + added.details().name() + " has been added to \""
                    + outcome.ownWords() + "\"");
            return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber)
                    + "#outcome-" + outcomeId;
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, found, outcome, null, model);
        }
    }

    @GetMapping("/indicators/{indicatorId}/edit")
    String changeForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                      @PathVariable int versionNumber, @PathVariable UUID indicatorId, Model model) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        IndicatorView indicator = editing.indicator(organisation.organisationId(), found.versionId(), indicatorId);
        model.addAttribute("form", IndicatorForm.of(indicator));
        return form(organisation, found, outcomeOf(organisation, found, indicator), indicator, model);
    }

    @PostMapping("/indicators/{indicatorId}")
    String change(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                  @PathVariable int versionNumber, @PathVariable UUID indicatorId,
                  @Validated @ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        IndicatorView indicator = editing.indicator(organisation.organisationId(), found.versionId(), indicatorId);
        OutcomeView outcome = outcomeOf(organisation, found, indicator);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, found, outcome, indicator, model);
        }
        try {
            IndicatorView saved = editing.updateIndicator(organisation.organisationId(), found.versionId(),
                    indicatorId, form.version(), form.toDraft());
            redirect.addFlashAttribute("flash", "Your changes to " + saved.details().name() + " have been saved");
            return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber)
                    + "#outcome-" + outcome.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, found, outcome, indicator, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(organisation, found, outcome, indicator, model);
        }
    }

    @PostMapping("/indicators/{indicatorId}/move")
    String move(CurrentUser.Membership organisation, @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                @PathVariable UUID indicatorId, @RequestParam(required = false) String direction) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        IndicatorView indicator = editing.indicator(organisation.organisationId(), found.versionId(), indicatorId);
        editing.moveIndicator(organisation.organisationId(), found.versionId(), indicatorId,
                !"down".equals(direction));
        return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber)
                + "#outcome-" + indicator.outcomeId();
    }

    @GetMapping("/indicators/{indicatorId}/delete")
    String deleteCheck(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                       @PathVariable int versionNumber, @PathVariable UUID indicatorId, Model model) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        IndicatorView indicator = editing.indicator(organisation.organisationId(), found.versionId(), indicatorId);
        model.addAttribute("title", "Remove the indicator " + indicator.details().name() + "?");
        model.addAttribute("explanation", "It will be removed from " + found.version().label().toLowerCase()
                + ". Earlier versions keep it.");
        model.addAttribute("action", OutcomesPaths.indicator(organisation.organisationId(), frameworkId,
                versionNumber, indicatorId) + "/delete");
        model.addAttribute("button", "Remove the indicator");
        model.addAttribute("backLink", OutcomesPaths.version(organisation.organisationId(), frameworkId,
                versionNumber));
        return "outcomes/confirm";
    }

    @PostMapping("/indicators/{indicatorId}/delete")
    String delete(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                  @PathVariable int versionNumber, @PathVariable UUID indicatorId, RedirectAttributes redirect) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        IndicatorView indicator = editing.indicator(organisation.organisationId(), found.versionId(), indicatorId);
        editing.deleteIndicator(organisation.organisationId(), found.versionId(), indicatorId);
        redirect.addFlashAttribute("flash", "The indicator " + indicator.details().name() + " has been removed");
        return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber)
                + "#outcome-" + indicator.outcomeId();
    }

    private OutcomeView outcomeOf(CurrentUser.Membership organisation, DraftVersions.Found found,
                                  IndicatorView indicator) {
        return editing.inVersion(organisation.organisationId(), found.versionId(), indicator.outcomeId());
    }

    private String form(CurrentUser.Membership organisation, DraftVersions.Found found, OutcomeView outcome,
                        IndicatorView indicator, Model model) {
        UUID org = organisation.organisationId();
        int number = found.version().number();
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("outcome", outcome);
        model.addAttribute("indicator", indicator);
        model.addAttribute("action", indicator == null
                ? OutcomesPaths.outcome(org, found.framework().id(), number, outcome.id()) + "/indicators"
                : OutcomesPaths.indicator(org, found.framework().id(), number, indicator.id()));
        model.addAttribute("backLink", OutcomesPaths.version(org, found.framework().id(), number));
        ChoiceLists.indicator(model);
        return "outcomes/indicator-form";
    }
}
