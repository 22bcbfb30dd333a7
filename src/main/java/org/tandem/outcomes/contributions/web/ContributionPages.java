package org.tandem.outcomes.contributions.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.outcomes.contributions.internal.Contributing;
import org.tandem.outcomes.contributions.internal.Contributing.Target;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionCall;
import org.tandem.outcomes.contributions.internal.ContributionCalls;
import org.tandem.outcomes.contributions.internal.ContributionRules;
import org.tandem.outcomes.contributions.internal.Speaking;
import org.tandem.outcomes.contributions.internal.Trails;
import org.tandem.outcomes.contributions.internal.Visibility;
import org.tandem.outcomes.contributions.internal.Workshops;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.ConflictException;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * A version's contributions for the organisation's people: everyone suggests outcomes in their own words, comments
 * and endorses while the version is open for contributions, and sees what became of their own contributions.
 */
@Controller
@RequestMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}/contributions")
class ContributionPages {

    private final VersionAt versions;
    private final ContributionCalls calls;
    private final Contributing contributing;
    private final Workshops workshops;
    private final Trails trails;
    private final OutcomesFrameworks outcomes;

    ContributionPages(VersionAt versions, ContributionCalls calls, Contributing contributing, Workshops workshops,
                      Trails trails, OutcomesFrameworks outcomes) {
        this.versions = versions;
        this.calls = calls;
        this.contributing = contributing;
        this.workshops = workshops;
        this.trails = trails;
        this.outcomes = outcomes;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                @PathVariable int versionNumber, @RequestParam(required = false) Integer page, Model model) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        UUID org = organisation.organisationId();
        ContributionCall call = calls.call(org, found.versionId()).orElse(null);
        Seen seen = Seen.by(user, organisation, contributing.ofVersion(org, found.versionId()));
        List<OutcomeView> versionOutcomes = outcomes.outcomes(org, found.versionId());
        common(found, call, organisation, model);
        List<Contribution> shown = seen.suggestions(Visibility.SHOWN);
        PageRequest request = PageRequest.of(page, PageRequest.DEFAULT_SIZE);
        model.addAttribute("shown", new ResultPage<>(shown.stream().skip(request.offset()).limit(request.size())
                .toList(), request.page(), request.size(), shown.size()));
        model.addAttribute("held", seen.held());
        model.addAttribute("hidden", seen.hidden());
        model.addAttribute("mine", seen.mine());
        model.addAttribute("comments", seen.comments());
        model.addAttribute("outcomes", versionOutcomes);
        model.addAttribute("trails", trails.ofOutcomes(org, versionOutcomes));
        model.addAttribute("outcomeEndorsements", contributing.outcomeEndorsements(org, found.versionId()));
        model.addAttribute("workshops", workshops.ofVersion(org, found.versionId()));
        model.addAttribute("canOpen", organisation.has(Role.COMMISSIONER) && found.version().isDraft()
                && (call == null || !call.isOpen()));
        model.addAttribute("canClose", organisation.has(Role.COMMISSIONER) && found.version().isDraft()
                && call != null && call.isOpen());
        model.addAttribute("publicLink", call != null && call.isPublic() ? ServletUriComponentsBuilder
                .fromCurrentContextPath().path(ContributionPaths.publicCall(call.publicToken())).toUriString()
                : null);
        model.addAttribute("backLink", ContributionPaths.version(org, frameworkId, versionNumber));
        return "outcomes/contributions/list";
    }

    @GetMapping("/new")
    @OrganisationMember
    String suggestForm(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                       @PathVariable int versionNumber, Model model) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        ContributionCall call = openCall(found);
        model.addAttribute("form", new Forms.Words("", Speaking.suggestedFor(organisation.roles()).name()));
        return suggestPage(found, call, model);
    }

    @PostMapping
    @OrganisationMember
    String suggest(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @PathVariable int versionNumber, @ModelAttribute("form") Forms.Words form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        try {
            Contribution c = contributing.suggest(actor(user), organisation.organisationId(), found.versionId(),
                    form.words(), form.kind());
            redirect.addFlashAttribute("flash", "Thank you. Your suggestion has been added: everyone in "
                    + organisation.organisationName() + " can now see, comment on and endorse it.");
            return "redirect:" + found.base() + "/" + c.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return suggestPage(found, openCall(found), model);
        }
    }

    @GetMapping("/{contributionId}")
    @OrganisationMember
    String contribution(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                        @PathVariable int versionNumber, @PathVariable UUID contributionId, Model model) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        UUID org = organisation.organisationId();
        Seen seen = Seen.by(user, organisation, contributing.ofVersion(org, found.versionId()));
        Contribution c = seen.all().stream().filter(x -> x.id().equals(contributionId)).filter(seen::canSee)
                .findFirst().orElseThrow(() -> new NotFoundException("Contribution"));
        ContributionCall call = calls.call(org, found.versionId()).orElse(null);
        common(found, call, organisation, model);
        model.addAttribute("c", c);
        model.addAttribute("on", c.on() == null || c.on().contributionId() == null ? null : seen.all().stream()
                .filter(x -> x.id().equals(c.on().contributionId())).findFirst().orElse(null));
        model.addAttribute("comments", seen.comments().getOrDefault(c.id(), List.of()));
        model.addAttribute("endorsed", contributing.endorsedByPerson(org, found.versionId(), user.personId())
                .contains(c.id()));
        model.addAttribute("mergedLink", c.decision().outcomeId() == null ? null
                : outcomes.outcome(org, c.decision().outcomeId()).filter(o -> o.versionId()
                .equals(found.versionId())).map(o -> found.base() + "/outcomes/" + o.id()).orElse(null));
        model.addAttribute("canRespond", model.getAttribute("canContribute") == Boolean.TRUE && c.isShown());
        model.addAttribute("form", new Forms.Words("", Speaking.suggestedFor(organisation.roles()).name()));
        model.addAttribute("kinds", Forms.memberKinds());
        model.addAttribute("backLink", found.base());
        return "outcomes/contributions/contribution";
    }

    @PostMapping("/{contributionId}/comments")
    @OrganisationMember
    String commentOnContribution(CurrentUser user, CurrentUser.Membership organisation,
                                 @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                                 @PathVariable UUID contributionId, @ModelAttribute("form") Forms.Words form,
                                 BindingResult errors, Model model, RedirectAttributes redirect) {
        return comment(user, organisation, frameworkId, versionNumber, Target.contribution(contributionId), form,
                errors, model, redirect, "/" + contributionId);
    }

    @PostMapping("/{contributionId}/endorsement")
    @OrganisationMember
    String endorseContribution(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                               @PathVariable int versionNumber, @PathVariable UUID contributionId,
                               RedirectAttributes redirect) {
        return endorse(user, organisation, frameworkId, versionNumber, Target.contribution(contributionId), redirect,
                "/" + contributionId);
    }

    /** An outcome of the version: the trail of contributions that shaped it, its comments and endorsements. */
    @GetMapping("/outcomes/{outcomeId}")
    @OrganisationMember
    String outcome(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @PathVariable int versionNumber, @PathVariable UUID outcomeId, Model model) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        UUID org = organisation.organisationId();
        OutcomeView outcome = outcomeOf(found, outcomeId);
        Seen seen = Seen.by(user, organisation, contributing.ofVersion(org, found.versionId()));
        common(found, calls.call(org, found.versionId()).orElse(null), organisation, model);
        model.addAttribute("outcome", outcome);
        model.addAttribute("position", outcome.position());
        model.addAttribute("trail", trails.of(org, outcome));
        model.addAttribute("comments", seen.comments().getOrDefault(outcome.id(), List.of()));
        model.addAttribute("endorsements", contributing.outcomeEndorsements(org, found.versionId())
                .getOrDefault(outcome.id(), 0));
        model.addAttribute("endorsed", contributing.endorsedByPerson(org, found.versionId(), user.personId())
                .contains(outcome.id()));
        model.addAttribute("form", new Forms.Words("", Speaking.suggestedFor(organisation.roles()).name()));
        model.addAttribute("kinds", Forms.memberKinds());
        model.addAttribute("frameworkLink", ContributionPaths.version(org, frameworkId, versionNumber)
                + "#outcome-" + outcome.id());
        model.addAttribute("backLink", found.base());
        return "outcomes/contributions/outcome";
    }

    @PostMapping("/outcomes/{outcomeId}/comments")
    @OrganisationMember
    String commentOnOutcome(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                            @PathVariable int versionNumber, @PathVariable UUID outcomeId,
                            @ModelAttribute("form") Forms.Words form, BindingResult errors, Model model,
                            RedirectAttributes redirect) {
        return comment(user, organisation, frameworkId, versionNumber, Target.outcome(outcomeId), form, errors,
                model, redirect, "/outcomes/" + outcomeId);
    }

    @PostMapping("/outcomes/{outcomeId}/endorsement")
    @OrganisationMember
    String endorseOutcome(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                          @PathVariable int versionNumber, @PathVariable UUID outcomeId,
                          RedirectAttributes redirect) {
        return endorse(user, organisation, frameworkId, versionNumber, Target.outcome(outcomeId), redirect,
                "/outcomes/" + outcomeId);
    }

    private String comment(CurrentUser user, CurrentUser.Membership organisation, UUID frameworkId,
                           int versionNumber, Target target, Forms.Words form, BindingResult errors, Model model,
                           RedirectAttributes redirect, String page) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        try {
            contributing.comment(actor(user), organisation.organisationId(), found.versionId(), target,
                    form.words(), form.kind());
            redirect.addFlashAttribute("flash", "Thank you. Your comment has been added.");
            return "redirect:" + found.base() + page + "#comments";
        } catch (RuleViolation e) {
            errors.rejectValue("speakingAs".equals(e.field()) ? "speakingAs" : "words", "rule", e.getMessage());
            model.addAttribute("kinds", Forms.memberKinds());
            model.addAttribute("action", found.base() + page + "/comments");
            model.addAttribute("backLink", found.base() + page);
            model.addAttribute("framework", found.framework());
            model.addAttribute("version", found.version());
            return "outcomes/contributions/comment";
        }
    }

    private String endorse(CurrentUser user, CurrentUser.Membership organisation, UUID frameworkId,
                           int versionNumber, Target item, RedirectAttributes redirect, String page) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        boolean added = contributing.endorse(user.personId(), organisation.organisationId(), found.versionId(),
                item);
        redirect.addFlashAttribute("flash", added ? "Thank you. Your endorsement has been counted."
                : "You had already endorsed this: each person endorses something once.");
        return "redirect:" + found.base() + page;
    }

    private void common(VersionAt.Found found, ContributionCall call, CurrentUser.Membership organisation,
                        Model model) {
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("commission", found.commission());
        model.addAttribute("call", call);
        model.addAttribute("base", found.base());
        model.addAttribute("canContribute", call != null && call.isOpen() && found.version().isDraft());
        model.addAttribute("moderator", Seen.isModerator(organisation));
        model.addAttribute("canDecide", Seen.isModerator(organisation) && found.version().isDraft());
    }

    private String suggestPage(VersionAt.Found found, ContributionCall call, Model model) {
        model.addAttribute("framework", found.framework());
        model.addAttribute("version", found.version());
        model.addAttribute("commission", found.commission());
        model.addAttribute("call", call);
        model.addAttribute("kinds", Forms.memberKinds());
        model.addAttribute("action", found.base());
        model.addAttribute("max", ContributionRules.SUGGESTION_MAX);
        model.addAttribute("backLink", found.base());
        return "outcomes/contributions/suggest";
    }

    /** The open call, or a refusal that says why nothing can be added (the service checks again when saving). */
    private ContributionCall openCall(VersionAt.Found found) {
        return calls.call(found.organisationId(), found.versionId())
                .filter(c -> c.isOpen() && found.version().isDraft())
                .orElseThrow(() -> new ConflictException(found.version().label()
                        + " is not open for contributions."));
    }

    private OutcomeView outcomeOf(VersionAt.Found found, UUID outcomeId) {
        return outcomes.outcome(found.organisationId(), outcomeId)
                .filter(o -> o.versionId().equals(found.versionId()))
                .orElseThrow(() -> new NotFoundException("Outcome"));
    }

    static Actor actor(CurrentUser user) {
        return new Actor(user.personId(), user.displayName());
    }
}
