package org.tandem.outcomes.contributions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.platform.ConflictException;

/**
 * How much one browser may send through a public link, and how much a whole link takes, in an hour. Counted from
 * the database, so the limits hold whichever app node a request reaches. The per-link limit stops a robot that
 * throws its cookies away from flooding the moderators.
 */
@Component
class PublicLimits {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int CONTRIBUTIONS_PER_BROWSER = 10;
    static final int ENDORSEMENTS_PER_BROWSER = 40;
    static final int CONTRIBUTIONS_PER_LINK = 300;

    private final ContributionRepository repository;
    private final Clock clock;

    PublicLimits(ContributionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    void contribution(UUID versionId, String browserKey) {
        Instant since = clock.instant().minus(WINDOW);
        if (repository.contributionsFromBrowserSince(browserKey, since) >= CONTRIBUTIONS_PER_BROWSER) {
            throw new ConflictException("You have sent " + CONTRIBUTIONS_PER_BROWSER + " contributions in the last "
                    + "hour, which is as many as we take from one person. Thank you: please come back later to "
                    + "send more.");
        }
        if (repository.publicContributionsSince(versionId, since) >= CONTRIBUTIONS_PER_LINK) {
            throw new ConflictException("So many people have contributed in the last hour that we have paused for "
                    + "a while. Please try again later.");
        }
    }

    void endorsement(String browserKey) {
        if (repository.endorsementsFromBrowserSince(browserKey, clock.instant().minus(WINDOW))
                >= ENDORSEMENTS_PER_BROWSER) {
            throw new ConflictException("You have endorsed " + ENDORSEMENTS_PER_BROWSER + " things in the last hour, "
                    + "which is as many as we take from one person. Please come back later.");
        }
    }
}
