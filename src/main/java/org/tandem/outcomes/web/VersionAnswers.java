package org.tandem.outcomes.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.internal.FrameworkGuidance;
import org.tandem.outcomes.internal.FrameworkReviews;
import org.tandem.outcomes.internal.FrameworkService;

/** A version as the API answers with it: read afresh, with its outcomes, the guidance and its reviews. */
@Component
class VersionAnswers {

    private final FrameworkService frameworks;
    private final FrameworkGuidance guidance;
    private final FrameworkReviews reviews;
    private final DraftVersions versions;

    VersionAnswers(FrameworkService frameworks, FrameworkGuidance guidance, FrameworkReviews reviews,
                   DraftVersions versions) {
        this.frameworks = frameworks;
        this.guidance = guidance;
        this.reviews = reviews;
        this.versions = versions;
    }

    OutcomesJson.Version of(UUID organisationId, UUID frameworkId, int number) {
        return of(organisationId, versions.find(organisationId, frameworkId, number).version());
    }

    OutcomesJson.Version of(UUID organisationId, FrameworkVersionView version) {
        FrameworkVersionView current = frameworks.version(organisationId, version.id()).orElseThrow();
        List<OutcomeView> outcomes = frameworks.outcomes(organisationId, version.id());
        return OutcomesJson.Version.of(current, outcomes, guidance.warnings(organisationId, outcomes),
                reviews.reviews(organisationId, version.id()));
    }
}
