package org.tandem.prioritisation;

import java.util.UUID;

/** What other parts of Tandem may ask about the results of participatory-budgeting processes. */
public interface PbResults {

    /** Whether the process's results are published, so its public page can link to them. */
    boolean resultsPublished(UUID organisationId, UUID processId);
}
