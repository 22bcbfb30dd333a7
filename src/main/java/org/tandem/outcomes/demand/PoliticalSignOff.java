package org.tandem.outcomes.demand;

import java.time.LocalDate;

/**
 * Elected politicians' agreement to the level of need (seed 002: they prioritise expressed demand, which then becomes
 * recognised as need): who signed it off, at which body or meeting, and on which date.
 */
public record PoliticalSignOff(String by, String body, LocalDate on) {
}
