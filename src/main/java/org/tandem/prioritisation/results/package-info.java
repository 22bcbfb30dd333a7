/**
 * Counting a participatory-budgeting process in Tandem and publishing its results: the ballots as a Pabulib file, the
 * count stored exactly as it was worked out (so a results page never counts again), publication with the
 * {@link org.tandem.prioritisation.ResultsPublished} event, and everything anyone needs to check the count: the
 * anonymised ballot file, "check my receipt", and the command that recounts it.
 */
package org.tandem.prioritisation.results;
