package org.tandem.outcomes.web;

import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.ReviewDecision;
import org.tandem.outcomes.VersionStatus;
import org.tandem.outcomes.internal.FrameworkReviews;
import org.tandem.outcomes.internal.OutcomeEditing;
import org.tandem.outcomes.internal.Review;
import org.tandem.outcomes.internal.ReviewGroup;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * Agreeing a version: commissioners send a draft to a review group (or take it back); each member of the group
 * agrees or objects with a comment. Commissioners also keep the organisation's review groups.
 */
@Controller
class ReviewPages {

    private static final String VERSION = "/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}";
    private static final String GROUPS = "/o/{organisationId}/outcomes/review-groups";

    private final DraftVersions versions;
    private final FrameworkReviews reviews;

    ReviewPages(DraftVersions versions, FrameworkReviews reviews) {
        this.versions = versions;
        this.reviews = reviews;
    }

    @GetMapping(VERSION + "/review")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String sendForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                    @PathVariable int versionNumber, Model model) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        return sendForm(organisation, found, null, model);
    }

    @PostMapping(VERSION + "/review")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String send(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                @PathVariable int versionNumber, @RequestParam(required = false) String groupId, Model model,
                RedirectAttributes redirect) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        try {
            FrameworkVersionView sent = reviews.send(Actors.of(user), organisation.organisationId(), frameworkId,
                    versionNumber, FormValues.uuid(groupId));
            redirect.addFlashAttribute("flash", sent.label() + " has been sent to " + sent.reviewGroupName()
                    + " for review");
            return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber);
        } catch (RuleViolation e) {
            return sendForm(organisation, found, e.getMessage(), model);
        }
    }

    @PostMapping(VERSION + "/withdraw")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String withdraw(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                    @PathVariable int versionNumber, RedirectAttributes redirect) {
        FrameworkVersionView version = reviews.withdraw(organisation.organisationId(), frameworkId, versionNumber);
        redirect.addFlashAttribute("flash", version.label() + " has been taken back from review and is a draft "
                + "again");
        return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber);
    }

    /** A reviewer's page: any role may be in a review group, so any member of the organisation may reach it. */
    @GetMapping(VERSION + "/decision")
    @OrganisationMember
    String decisionForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                        @PathVariable int versionNumber, Model model) {
        DraftVersions.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        Review mine = reviewerOf(user, organisation, found);
        model.addAttribute("form", new DecisionForm(mine.decision() == null ? null : mine.decision().name(),
                mine.comment()));
        return decisionForm(organisation, found, model);
    }

    @PostMapping(VERSION + "/decision")
    @OrganisationMember
    String decide(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                  @PathVariable int versionNumber, @ModelAttribute("form") DecisionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        DraftVersions.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        reviewerOf(user, organisation, found);
        try {
            FrameworkVersionView after = reviews.decide(Actors.of(user), organisation.organisationId(), frameworkId,
                    versionNumber, form.chosen(), form.comment());
            redirect.addFlashAttribute("flash", after.isLocked()
                    ? "Thank you. Everyone has now agreed: " + after.label().toLowerCase() + " is the agreed "
                    + "framework." : "Thank you. Your " + (form.chosen() == ReviewDecision.AGREE ? "agreement"
                    : "objection") + " has been recorded.");
            return "redirect:" + OutcomesPaths.version(organisation.organisationId(), frameworkId, versionNumber);
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return decisionForm(organisation, found, model);
        }
    }

    @GetMapping(GROUPS + "/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String groupForm(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("form", ReviewGroupForm.blank());
        return groupForm(organisation, null, model);
    }

    @PostMapping(GROUPS)
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String createGroup(CurrentUser user, CurrentUser.Membership organisation,
                       @Validated @ModelAttribute("form") ReviewGroupForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return groupForm(organisation, null, model);
        }
        try {
            ReviewGroup group = reviews.createGroup(Actors.of(user), organisation.organisationId(), form.name(),
                    form.purpose(), form.members());
            redirect.addFlashAttribute("flash", "The review group " + group.name() + " has been set up");
            return "redirect:" + OutcomesPaths.home(organisation.organisationId()) + "#review-groups";
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return groupForm(organisation, null, model);
        }
    }

    @GetMapping(GROUPS + "/{groupId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String changeGroupForm(CurrentUser.Membership organisation, @PathVariable UUID groupId, Model model) {
        ReviewGroup group = reviews.group(organisation.organisationId(), groupId);
        model.addAttribute("form", ReviewGroupForm.of(group));
        return groupForm(organisation, group, model);
    }

    @PostMapping(GROUPS + "/{groupId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String changeGroup(CurrentUser.Membership organisation, @PathVariable UUID groupId,
                       @Validated @ModelAttribute("form") ReviewGroupForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        ReviewGroup group = reviews.group(organisation.organisationId(), groupId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return groupForm(organisation, group, model);
        }
        try {
            ReviewGroup saved = reviews.updateGroup(organisation.organisationId(), groupId, form.version(),
                    form.name(), form.purpose(), form.members());
            redirect.addFlashAttribute("flash", "Your changes to " + saved.name() + " have been saved");
            return "redirect:" + OutcomesPaths.home(organisation.organisationId()) + "#review-groups";
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return groupForm(organisation, group, model);
        } catch (ConflictException e) {
            errors.reject("conflict", e.getMessage());
            return groupForm(organisation, group, model);
        }
    }

    /** The signed-in person's review of the version; only its reviewers reach the page, and only while in review. */
    private Review reviewerOf(CurrentUser user, CurrentUser.Membership organisation, DraftVersions.Found found) {
        FrameworkVersionView version = found.version();
        if (version.status() != VersionStatus.IN_REVIEW) {
            throw new ConflictException(version.isLocked() ? OutcomeEditing.whyLocked(version)
                    : version.label() + " is not in review.");
        }
        return reviews.reviews(organisation.organisationId(), version.id()).stream()
                .filter(r -> r.personId().equals(user.personId())).findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Only the members "
                        + "of " + version.reviewGroupName() + " review this version"));
    }

    private String sendForm(CurrentUser.Membership organisation, DraftVersions.Found found, String problem,
                            Model model) {
        UUID org = organisation.organisationId();
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("groups", reviews.groups(org).stream().map(g -> new Choice(g.id().toString(), g.name(),
                String.join(", ", g.members().stream().map(ReviewGroup.Member::name).toList()))).toList());
        model.addAttribute("problem", problem);
        model.addAttribute("action", OutcomesPaths.version(org, found.framework().id(), found.version().number())
                + "/review");
        model.addAttribute("groupsLink", OutcomesPaths.groups(org) + "/new");
        model.addAttribute("backLink", OutcomesPaths.version(org, found.framework().id(), found.version().number()));
        return "outcomes/send";
    }

    private String decisionForm(CurrentUser.Membership organisation, DraftVersions.Found found, Model model) {
        UUID org = organisation.organisationId();
        String base = OutcomesPaths.version(org, found.framework().id(), found.version().number());
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("decisions", Arrays.stream(ReviewDecision.values())
                .map(d -> new Choice(d.name(), d.label(), d.description())).toList());
        model.addAttribute("action", base + "/decision");
        model.addAttribute("backLink", base);
        return "outcomes/decision";
    }

    private String groupForm(CurrentUser.Membership organisation, ReviewGroup group, Model model) {
        UUID org = organisation.organisationId();
        model.addAttribute("group", group);
        model.addAttribute("people", reviews.candidates(org).stream()
                .map(p -> new Choice(p.id().toString(), p.displayName(), roles(p))).toList());
        model.addAttribute("action", group == null ? OutcomesPaths.groups(org)
                : OutcomesPaths.groups(org) + "/" + group.id());
        model.addAttribute("backLink", OutcomesPaths.home(org));
        return "outcomes/group-form";
    }

    private static String roles(PersonSummary person) {
        return String.join(", ", person.roles().stream().sorted().map(Role::label).toList());
    }
}
