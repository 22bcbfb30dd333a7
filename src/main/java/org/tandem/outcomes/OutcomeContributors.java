package org.tandem.outcomes;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.coproduction.ParticipantKind;

/**
 * Tells the guidance who contributed to outcomes, by kind of participant, so it can warn about an outcome no person
 * using services shaped. The framework's own "shaped by" answers always; other parts (contributions merged into
 * outcomes, say) add an implementation and the guidance takes the union of every answer.
 */
public interface OutcomeContributors {

    /** For each of the outcomes that anyone is known to have contributed to: the kinds of people who did. */
    Map<UUID, Set<ParticipantKind>> contributorsOf(UUID organisationId, Collection<UUID> outcomeIds);
}
