package org.tandem.outcomes.contributions.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.outcomes.contributions.internal.ContributionCall;
import org.tandem.outcomes.contributions.internal.ContributionCalls;
import org.tandem.outcomes.contributions.internal.ContributionRules;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * Opening a draft for contributions and closing it, and opening it to anyone with the link: commissioners only,
 * since it decides who is asked, and a public link speaks for the organisation.
 */
@Controller
@RequestMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}/contributions")
@RequiresRole(Role.COMMISSIONER)
class CallPages {

    static final String SUGGESTED_QUESTION = "What would a good life look like for you, and what would help you "
            + "get there?";

    private final VersionAt versions;
    private final ContributionCalls calls;

    CallPages(VersionAt versions, ContributionCalls calls) {
        this.versions = versions;
        this.calls = calls;
    }

    @GetMapping("/opening")
    String openForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                    @PathVariable int versionNumber, Model model) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        String question = calls.call(found.organisationId(), found.versionId()).map(ContributionCall::question)
                .orElse(SUGGESTED_QUESTION);
        model.addAttribute("form", new Forms.Question(question));
        return openPage(found, model);
    }

    @PostMapping("/opening")
    String open(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                @PathVariable int versionNumber, @ModelAttribute("form") Forms.Question form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        try {
            calls.open(ContributionPages.actor(user), found.organisationId(), found.versionId(), form.question());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return openPage(found, model);
        }
        redirect.addFlashAttribute("flash", found.version().label() + " is open for contributions from everyone in "
                + organisation.organisationName() + ".");
        return "redirect:" + found.base();
    }

    @PostMapping("/closing")
    String close(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                 @PathVariable int versionNumber, RedirectAttributes redirect) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        calls.close(ContributionPages.actor(user), found.organisationId(), found.versionId());
        redirect.addFlashAttribute("flash", "Contributions are closed. What people gave stays here to be decided on.");
        return "redirect:" + found.base();
    }

    @PostMapping("/public-link")
    String openPublicly(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                        @PathVariable int versionNumber, RedirectAttributes redirect) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        calls.openPublicly(ContributionPages.actor(user), found.organisationId(), found.versionId());
        redirect.addFlashAttribute("flash", "Anyone with the link can now contribute. What they send waits for a "
                + "moderator before it shows.");
        return "redirect:" + found.base() + "#public";
    }

    @PostMapping("/public-link/closing")
    String closePublicly(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                         @PathVariable int versionNumber, RedirectAttributes redirect) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        calls.closePublicly(ContributionPages.actor(user), found.organisationId(), found.versionId());
        redirect.addFlashAttribute("flash", "The public link no longer works.");
        return "redirect:" + found.base() + "#public";
    }

    private String openPage(VersionAt.Found found, Model model) {
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("commission", found.commission());
        model.addAttribute("action", found.base() + "/opening");
        model.addAttribute("max", ContributionRules.QUESTION_MAX);
        model.addAttribute("backLink", found.base());
        return "outcomes/contributions/open";
    }
}
