package org.tandem.outcomes.logic;

/** A row to add to the outcomes review table, once checked. */
public record ReviewRowDraft(ReviewLevel level, String outcome, String dataCollected, String sourceDocument) {
}
