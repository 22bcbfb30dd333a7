package org.tandem.outcomes.contributions.web;

import java.util.List;
import java.util.UUID;

/**
 * An outcome with the trail of contributions that shaped it (in this version and the ones it was copied from), its
 * comments and how many have endorsed it.
 */
record TrailJson(UUID outcomeId, UUID lineageId, String ownWords, int endorsements, List<ContributionJson> trail,
                 List<ContributionJson> comments) {
}
