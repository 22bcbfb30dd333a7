package org.tandem.outcomes.contributions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.outcomes.contributions.internal.Contributing;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionDecisions;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * Merging a contribution into a new or an existing outcome, declining it with a reason, and moderating: showing a
 * held public contribution or hiding an abusive one. Commissioners and commissioning officers, who edit the draft.
 */
@Controller
@RequestMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}/contributions/{contributionId}")
@RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
class DecisionPages {

    private final VersionAt versions;
    private final Contributing contributing;
    private final ContributionDecisions decisions;
    private final OutcomesFrameworks outcomes;

    DecisionPages(VersionAt versions, Contributing contributing, ContributionDecisions decisions,
                  OutcomesFrameworks outcomes) {
        this.versions = versions;
        this.contributing = contributing;
        this.decisions = decisions;
        this.outcomes = outcomes;
    }

    @GetMapping("/merge")
    String mergeForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                     @PathVariable int versionNumber, @PathVariable UUID contributionId, Model model) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        Contribution c = contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        model.addAttribute("form", new Forms.Merge(null, null, c.words(), null, null,
                String.valueOf(c.version())));
        return mergePage(found, c, model);
    }

    @PostMapping("/merge")
    String merge(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                 @PathVariable int versionNumber, @PathVariable UUID contributionId,
                 @ModelAttribute("form") Forms.Merge form, BindingResult errors, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        Contribution c = contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        Integer version = FormValues.version(form.version());
        if (version == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        } else if (!"NEW".equals(form.into()) && !"EXISTING".equals(form.into())) {
            errors.rejectValue("into", "required", "Select whether it becomes a new outcome or shapes one already "
                    + "in the framework");
        }
        if (errors.hasErrors()) {
            return mergePage(found, c, model);
        }
        try {
            Contribution merged = "NEW".equals(form.into())
                    ? decisions.mergeIntoNew(ContributionPages.actor(user), found.organisationId(), contributionId,
                    version, form.ownWords(), form.professionalWording(), form.reason())
                    : decisions.mergeIntoExisting(ContributionPages.actor(user), found.organisationId(),
                    contributionId, version, FormValues.uuid(form.outcomeId()), form.reason());
            redirect.addFlashAttribute("flash", "Merged into the outcome \"" + merged.decision().outcomeWords()
                    + "\". Whoever gave it can see what happened, and it is in the co-production record.");
            return "redirect:" + found.base() + "/outcomes/" + merged.decision().outcomeId();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return mergePage(found, c, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return mergePage(found, c, model);
        }
    }

    @GetMapping("/decline")
    String declineForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                       @PathVariable int versionNumber, @PathVariable UUID contributionId, Model model) {
        return reasonForm(organisation, frameworkId, versionNumber, contributionId, "decline", model);
    }

    @PostMapping("/decline")
    String decline(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @PathVariable int versionNumber, @PathVariable UUID contributionId,
                   @ModelAttribute("form") Forms.Reason form, BindingResult errors, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        return withReason(user, organisation, frameworkId, versionNumber, contributionId, "decline", form, errors,
                model, redirect, response);
    }

    @GetMapping("/hide")
    String hideForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                    @PathVariable int versionNumber, @PathVariable UUID contributionId, Model model) {
        return reasonForm(organisation, frameworkId, versionNumber, contributionId, "hide", model);
    }

    @PostMapping("/hide")
    String hide(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                @PathVariable int versionNumber, @PathVariable UUID contributionId,
                @ModelAttribute("form") Forms.Reason form, BindingResult errors, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return withReason(user, organisation, frameworkId, versionNumber, contributionId, "hide", form, errors,
                model, redirect, response);
    }

    @PostMapping("/show")
    String show(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                @PathVariable int versionNumber, @PathVariable UUID contributionId,
                @ModelAttribute("form") Forms.Reason form, RedirectAttributes redirect) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        Integer version = FormValues.version(form.version());
        if (version == null) {
            throw new RuleViolation("version", "The form was incomplete. Reload the page and try again.");
        }
        decisions.show(ContributionPages.actor(user), found.organisationId(), contributionId, version);
        redirect.addFlashAttribute("flash", "The contribution now shows to everyone who can see this version's "
                + "contributions.");
        return "redirect:" + found.base() + "/" + contributionId;
    }

    private String reasonForm(CurrentUser.Membership organisation, UUID frameworkId, int versionNumber,
                              UUID contributionId, String what, Model model) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        Contribution c = contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        model.addAttribute("form", new Forms.Reason("", String.valueOf(c.version())));
        return reasonPage(found, c, what, model);
    }

    private String withReason(CurrentUser user, CurrentUser.Membership organisation, UUID frameworkId,
                              int versionNumber, UUID contributionId, String what, Forms.Reason form,
                              BindingResult errors, Model model, RedirectAttributes redirect,
                              HttpServletResponse response) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        Contribution c = contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        Integer version = FormValues.version(form.version());
        if (version == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
            return reasonPage(found, c, what, model);
        }
        try {
            if ("hide".equals(what)) {
                decisions.hide(ContributionPages.actor(user), found.organisationId(), contributionId, version,
                        form.reason());
                redirect.addFlashAttribute("flash", "The contribution is hidden. It is kept, and the reason is in "
                        + "the audit log.");
            } else {
                decisions.decline(ContributionPages.actor(user), found.organisationId(), contributionId, version,
                        form.reason());
                redirect.addFlashAttribute("flash", "The contribution is marked as not taken into the framework. "
                        + "Whoever gave it can read your reason.");
            }
            return "redirect:" + found.base() + "/" + contributionId;
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return reasonPage(found, c, what, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return reasonPage(found, c, what, model);
        }
    }

    private String mergePage(VersionAt.Found found, Contribution c, Model model) {
        List<OutcomeView> existing = outcomes.outcomes(found.organisationId(), found.versionId());
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("c", c);
        model.addAttribute("intoChoices", List.of(
                new Choice("NEW", "A new outcome, in these words", "Added at the end of "
                        + found.version().label().toLowerCase(java.util.Locale.UK)
                        + "; classify it and add its indicators afterwards"),
                new Choice("EXISTING", "An outcome already in the framework",
                        existing.isEmpty() ? "There are no outcomes yet" : "It shapes that outcome and joins its "
                                + "trail")));
        model.addAttribute("outcomeChoices", existing.stream()
                .map(o -> new Choice(o.id().toString(), o.position() + ". " + o.ownWords(), null)).toList());
        model.addAttribute("action", found.base() + "/" + c.id() + "/merge");
        model.addAttribute("backLink", found.base() + "/" + c.id());
        return "outcomes/contributions/merge";
    }

    private String reasonPage(VersionAt.Found found, Contribution c, String what, Model model) {
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("c", c);
        model.addAttribute("hiding", "hide".equals(what));
        model.addAttribute("action", found.base() + "/" + c.id() + "/" + what);
        model.addAttribute("backLink", found.base() + "/" + c.id());
        return "outcomes/contributions/reason";
    }
}
