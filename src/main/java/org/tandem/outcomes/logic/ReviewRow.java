package org.tandem.outcomes.logic;

import java.util.UUID;

/**
 * A row of the outcomes review table (seed 000, Table 6): an outcome found in the council's strategies, the data
 * already collected on outputs for it (or none), and the document it came from.
 */
public record ReviewRow(UUID id, ReviewLevel level, int position, String outcome, String dataCollected,
                        String sourceDocument) {

    public static final int OUTCOME_MAX = 300;
    public static final int DATA_MAX = 2000;
    public static final int SOURCE_MAX = 300;
}
