package org.tandem.outcomes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Links other parts of the outcomes module add to a version's page: its contributions, and for each outcome the
 * trail of contributions that shaped it, say. The page shows every implementation's links, in the order given.
 */
public interface VersionPageLinks {

    /** Links about the whole version, shown with its other links. */
    List<Link> forVersion(UUID organisationId, FrameworkVersionView version);

    /** Links about each outcome, by outcome id; an outcome with nothing to link to is left out. */
    Map<UUID, List<Link>> forOutcomes(UUID organisationId, FrameworkVersionView version, List<OutcomeView> outcomes);

    /** A link as the page shows it. */
    record Link(String text, String href) {
    }
}
