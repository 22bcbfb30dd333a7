package org.tandem.outcomes.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.outcomes.internal.OutcomeEditing;
import org.tandem.platform.ConflictException;

/**
 * Finds the version a page or API call names, and refuses any editing route on a version that is not a draft
 * before anything else happens (the services check again, holding the version, when they change it).
 */
@Component
class DraftVersions {

    private final FrameworkService frameworks;

    DraftVersions(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    record Found(FrameworkView framework, FrameworkVersionView version) {
        UUID versionId() {
            return version.id();
        }
    }

    Found find(UUID organisationId, UUID frameworkId, int number) {
        FrameworkView framework = frameworks.framework(organisationId, frameworkId);
        return new Found(framework, frameworks.version(framework, number));
    }

    /** Two versions to compare: as named, or by default the newest and the one before it. */
    record Compared(FrameworkView framework, FrameworkVersionView older, FrameworkVersionView newer) {
    }

    Compared compared(UUID organisationId, UUID frameworkId, Integer from, Integer to) {
        FrameworkView framework = frameworks.framework(organisationId, frameworkId);
        FrameworkVersionView newer = to == null ? framework.latest() : frameworks.version(framework, to);
        FrameworkVersionView older = from == null
                ? framework.version(Math.max(1, newer.number() - 1)).orElse(newer)
                : frameworks.version(framework, from);
        return new Compared(framework, older, newer);
    }

    Found draft(UUID organisationId, UUID frameworkId, int number) {
        Found found = find(organisationId, frameworkId, number);
        if (!found.version().isDraft()) {
            throw new ConflictException(OutcomeEditing.whyLocked(found.version()));
        }
        return found;
    }
}
