package org.tandem.outcomes.contributions.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.platform.NotFoundException;

/**
 * Finds the commission framework's version a page or API call names. Templates have no contributions: their pages
 * are not found.
 */
@Component
class VersionAt {

    private final FrameworkService frameworks;

    VersionAt(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    record Found(FrameworkView framework, FrameworkVersionView version, CommissionView commission) {
        UUID versionId() {
            return version.id();
        }

        UUID organisationId() {
            return framework.organisationId();
        }

        String base() {
            return ContributionPaths.contributions(framework.organisationId(), framework.id(), version.number());
        }
    }

    Found find(UUID organisationId, UUID frameworkId, int number) {
        FrameworkView framework = frameworks.framework(organisationId, frameworkId);
        if (framework.isTemplate()) {
            throw new NotFoundException("Framework");
        }
        CommissionView commission = frameworks.commissionOf(framework)
                .orElseThrow(() -> new NotFoundException("Framework"));
        return new Found(framework, frameworks.version(framework, number), commission);
    }
}
