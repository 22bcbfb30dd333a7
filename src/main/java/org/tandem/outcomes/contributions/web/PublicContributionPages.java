package org.tandem.outcomes.contributions.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.outcomes.contributions.internal.Contributing;
import org.tandem.outcomes.contributions.internal.Contributing.Target;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionCall;
import org.tandem.outcomes.contributions.internal.ContributionCalls;
import org.tandem.outcomes.contributions.internal.ContributionKind;
import org.tandem.outcomes.contributions.internal.ContributionRules;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.platform.ConflictException;
import org.tandem.platform.FormValues;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Organisations;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;

/**
 * Contributing through a public link, without signing in: under {@code /public/**}, which the platform declares
 * open to everyone. The link is the only key: a wrong or closed link is not found. A visitor sees the draft's
 * outcomes and the contributions a moderator has shown (never anyone's name), suggests, comments and endorses; what
 * they send waits for a moderator, and a private link lets them see later what happened to it.
 */
@Controller
class PublicContributionPages {

    private static final Logger log = LoggerFactory.getLogger(PublicContributionPages.class);
    /** The session remembers a random key for the browser, so its endorsements count once and its limits hold. */
    static final String BROWSER_KEY = "tandem.contributions.browser";

    private final ContributionCalls calls;
    private final Contributing contributing;
    private final OutcomesFrameworks outcomes;
    private final FrameworkService frameworks;
    private final Organisations organisations;

    PublicContributionPages(ContributionCalls calls, Contributing contributing, OutcomesFrameworks outcomes,
                            FrameworkService frameworks, Organisations organisations) {
        this.calls = calls;
        this.contributing = contributing;
        this.outcomes = outcomes;
        this.frameworks = frameworks;
        this.organisations = organisations;
    }

    @GetMapping("/public/contribute/{token}")
    String call(@PathVariable String token, @RequestParam(required = false) Integer page, HttpSession session,
                Model model) {
        ContributionCall call = calls.publicCall(token).orElseThrow(() -> new NotFoundException("Page"));
        model.addAttribute("form", new Forms.PublicWords("", null, "", null, null, ""));
        return page(call, browser(session), page, model);
    }

    @GetMapping("/public/contribute/{token}/comment")
    String commentForm(@PathVariable String token, @ModelAttribute("form") Forms.PublicWords form, Model model) {
        ContributionCall call = calls.publicCall(token).orElseThrow(() -> new NotFoundException("Page"));
        Target target = target(form);
        if (target == null) {
            throw new NotFoundException("Page");
        }
        model.addAttribute("form", new Forms.PublicWords("", null, "", form.outcomeId(), form.contributionId(), ""));
        return commentPage(call, target, model);
    }

    @PostMapping("/public/contribute/{token}")
    String contribute(@PathVariable String token, @ModelAttribute("form") Forms.PublicWords form,
                      BindingResult errors, HttpSession session, Model model, RedirectAttributes redirect) {
        ContributionCall call = calls.publicCall(token).orElseThrow(() -> new NotFoundException("Page"));
        if (form.looksLikeARobot()) {
            // Thank the robot as if it had worked, so it learns nothing; keep nothing it sent.
            log.info("Ignored a public contribution that filled in the hidden field");
            redirect.addFlashAttribute("flash", "Thank you. A moderator will read what you sent.");
            return "redirect:" + ContributionPaths.publicCall(token);
        }
        String browser = browser(session);
        try {
            Target about = target(form);
            Contribution c = about == null
                    ? contributing.suggestPublicly(token, browser, form.name(), form.kind(), form.words())
                    : contributing.commentPublicly(token, browser, form.name(), form.kind(), about,
                    form.words());
            return "redirect:" + ContributionPaths.receipt(c.receipt());
        } catch (RuleViolation e) {
            errors.rejectValue("name".equals(e.field()) || "speakingAs".equals(e.field()) ? e.field() : "words",
                    "rule", e.getMessage());
        } catch (ConflictException e) {
            errors.reject("limit", e.getMessage());
        }
        Target target = target(form);
        return target == null ? page(call, browser, null, model) : commentPage(call, target, model);
    }

    @PostMapping("/public/contribute/{token}/endorsements")
    String endorse(@PathVariable String token, @ModelAttribute("form") Forms.PublicWords form, HttpSession session,
                   RedirectAttributes redirect) {
        calls.publicCall(token).orElseThrow(() -> new NotFoundException("Page"));
        Target item = target(form);
        boolean added = contributing.endorsePublicly(token, browser(session), item);
        redirect.addFlashAttribute("flash", added ? "Thank you. Your endorsement has been counted."
                : "You had already endorsed this: each person endorses something once.");
        return "redirect:" + ContributionPaths.publicCall(token) + "#" + (item.outcomeId() != null
                ? "outcome-" + item.outcomeId() : "contribution-" + item.contributionId());
    }

    /** A public contributor's own contribution: whether it shows yet, and what the commissioners did with it. */
    @GetMapping("/public/contributions/{receipt}")
    String receipt(@PathVariable String receipt, Model model) {
        Contribution c = contributing.byReceipt(receipt).orElseThrow(() -> new NotFoundException("Page"));
        model.addAttribute("c", c);
        model.addAttribute("organisation", organisations.find(c.organisationId()).map(o -> o.name()).orElse(""));
        model.addAttribute("link", ContributionPaths.receipt(receipt));
        return "outcomes/contributions/receipt";
    }

    private String commentPage(ContributionCall call, Target target, Model model) {
        String about = target.outcomeId() != null
                ? outcomes.outcome(call.organisationId(), target.outcomeId())
                .filter(o -> o.versionId().equals(call.versionId())).map(OutcomeView::ownWords)
                .orElseThrow(() -> new NotFoundException("Page"))
                : contributing.ofVersion(call.organisationId(), call.versionId()).stream()
                .filter(c -> c.id().equals(target.contributionId()) && c.isShown()).map(Contribution::words)
                .findFirst().orElseThrow(() -> new NotFoundException("Page"));
        model.addAttribute("organisation", organisations.find(call.organisationId()).map(o -> o.name())
                .orElse(""));
        model.addAttribute("about", about);
        model.addAttribute("kinds", Forms.publicKinds());
        model.addAttribute("action", ContributionPaths.publicCall(call.publicToken()));
        model.addAttribute("backLink", ContributionPaths.publicCall(call.publicToken()));
        return "outcomes/contributions/public-comment";
    }

    private String page(ContributionCall call, String browser, Integer page, Model model) {
        List<OutcomeView> draft = outcomes.outcomes(call.organisationId(), call.versionId());
        List<Contribution> shown = contributing.ofVersion(call.organisationId(), call.versionId()).stream()
                .filter(Contribution::isShown).toList();
        model.addAttribute("call", call);
        model.addAttribute("organisation", organisations.find(call.organisationId()).map(o -> o.name())
                .orElse(""));
        model.addAttribute("framework", frameworks.framework(call.organisationId(), call.frameworkId()));
        model.addAttribute("outcomes", draft);
        List<Contribution> suggestions = shown.stream().filter(c -> c.kind() == ContributionKind.SUGGESTION).toList();
        PageRequest request = PageRequest.of(page, PageRequest.DEFAULT_SIZE);
        model.addAttribute("suggestions", new ResultPage<>(suggestions.stream().skip(request.offset())
                .limit(request.size()).toList(), request.page(), request.size(), suggestions.size()));
        model.addAttribute("commentCounts", shown.stream().filter(c -> c.kind() == ContributionKind.COMMENT)
                .collect(java.util.stream.Collectors.groupingBy(c -> c.on().outcomeId() != null ? c.on().outcomeId()
                        : c.on().contributionId(), java.util.stream.Collectors.counting())));
        model.addAttribute("outcomeEndorsements", contributing.outcomeEndorsements(call.organisationId(),
                call.versionId()));
        model.addAttribute("endorsed", contributing.endorsedByBrowser(call.organisationId(), call.versionId(),
                browser));
        model.addAttribute("kinds", Forms.publicKinds());
        model.addAttribute("max", ContributionRules.SUGGESTION_MAX);
        model.addAttribute("action", ContributionPaths.publicCall(call.publicToken()));
        return "outcomes/contributions/public";
    }

    private static Target target(Forms.PublicWords form) {
        UUID outcome = FormValues.uuid(form.outcomeId());
        UUID contribution = FormValues.uuid(form.contributionId());
        if (outcome != null) {
            return Target.outcome(outcome);
        }
        return contribution != null ? Target.contribution(contribution) : null;
    }

    private static String browser(HttpSession session) {
        Object key = session.getAttribute(BROWSER_KEY);
        if (key instanceof String s) {
            return s;
        }
        String fresh = UUID.randomUUID().toString();
        session.setAttribute(BROWSER_KEY, fresh);
        return fresh;
    }
}
