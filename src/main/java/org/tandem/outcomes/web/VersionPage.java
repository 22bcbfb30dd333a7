package org.tandem.outcomes.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.VersionPageLinks;
import org.tandem.outcomes.VersionStatus;
import org.tandem.outcomes.internal.Labels;
import org.tandem.outcomes.internal.FrameworkGuidance;
import org.tandem.outcomes.internal.FrameworkReviews;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.outcomes.internal.GuidanceWarning;
import org.tandem.outcomes.internal.OutcomeEditing;
import org.tandem.outcomes.internal.Review;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.Role;

/** Everything a version's page shows: its outcomes and indicators, the guidance, the reviews, what you may do. */
@Component
class VersionPage {

    private final FrameworkService frameworks;
    private final FrameworkGuidance guidance;
    private final FrameworkReviews reviews;
    private final List<VersionPageLinks> links;

    VersionPage(FrameworkService frameworks, FrameworkGuidance guidance, FrameworkReviews reviews,
                List<VersionPageLinks> links) {
        this.frameworks = frameworks;
        this.guidance = guidance;
        this.reviews = reviews;
        this.links = List.copyOf(links);
    }

    /** Commissioners and commissioning officers change frameworks; everyone else in the organisation reads them. */
    static boolean isEditor(CurrentUser.Membership organisation) {
        return organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER);
    }

    String show(CurrentUser user, CurrentUser.Membership organisation, UUID frameworkId, int number, Model model) {
        UUID org = organisation.organisationId();
        FrameworkView framework = frameworks.framework(org, frameworkId);
        FrameworkVersionView version = frameworks.version(framework, number);
        List<OutcomeView> outcomes = frameworks.outcomes(org, version.id());
        List<GuidanceWarning> warnings = guidance.warnings(org, outcomes);
        List<Review> said = reviews.reviews(org, version.id());
        Optional<CommissionView> commission = frameworks.commissionOf(framework);
        boolean editor = isEditor(organisation);
        model.addAttribute("framework", framework);
        model.addAttribute("version", version);
        model.addAttribute("commission", commission.orElse(null));
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("frameworkWarnings", warnings.stream().filter(w -> w.outcomeId() == null).toList());
        model.addAttribute("outcomeWarnings", warnings.stream().filter(w -> w.outcomeId() != null)
                .collect(Collectors.groupingBy(GuidanceWarning::outcomeId)));
        model.addAttribute("classifications", outcomes.stream()
                .collect(Collectors.toMap(OutcomeView::id, o -> Labels.classification(o.details()))));
        model.addAttribute("reviews", said);
        model.addAttribute("versionLinks", links.stream().flatMap(l -> l.forVersion(org, version).stream()).toList());
        model.addAttribute("outcomeLinks", outcomeLinks(org, version, outcomes));
        model.addAttribute("lockedBecause", OutcomeEditing.whyLocked(version));
        model.addAttribute("canEdit", editor && version.isDraft());
        model.addAttribute("canSend", editor && version.isDraft() && !framework.isTemplate() && !outcomes.isEmpty());
        model.addAttribute("canWithdraw", editor && version.status() == VersionStatus.IN_REVIEW);
        model.addAttribute("canRedraft", editor && framework.open().isEmpty());
        model.addAttribute("myReview", version.status() == VersionStatus.IN_REVIEW ? said.stream()
                .filter(r -> r.personId().equals(user.personId())).findFirst().orElse(null) : null);
        model.addAttribute("canSaveAsTemplate", editor && !framework.isTemplate());
        model.addAttribute("templateLink", OutcomesPaths.home(org) + "/templates/new?from=" + frameworkId
                + "&number=" + number);
        model.addAttribute("base", OutcomesPaths.version(org, frameworkId, number));
        model.addAttribute("frameworkBase", OutcomesPaths.framework(org, frameworkId));
        model.addAttribute("publicLink", framework.agreed().isPresent() && !framework.isTemplate()
                ? OutcomesPaths.publicFramework(org, frameworkId) : null);
        model.addAttribute("backLink", commission.map(c -> "/o/" + org + "/commissions/" + c.id())
                .orElse(OutcomesPaths.home(org)));
        return "outcomes/version";
    }

    private Map<UUID, List<VersionPageLinks.Link>> outcomeLinks(UUID org, FrameworkVersionView version,
                                                                List<OutcomeView> outcomes) {
        Map<UUID, List<VersionPageLinks.Link>> byOutcome = new HashMap<>();
        links.forEach(l -> l.forOutcomes(org, version, outcomes).forEach((id, found) ->
                byOutcome.computeIfAbsent(id, k -> new ArrayList<>()).addAll(found)));
        return byOutcome;
    }
}
