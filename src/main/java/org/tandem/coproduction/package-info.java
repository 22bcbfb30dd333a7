/**
 * The co-production record, across every phase: who took part in each activity, at which rung of the ladder of
 * co-production, for which of the four Co's, and what changed because of it. From the records each commission
 * shows its ladder over time, the four Co's it covers, its place in Dorset's involvement matrix, Needham and Carr's
 * level and an equalities profile of who took part, with a warning when the same few people take part in everything.
 *
 * <p>Other modules record their own activities (outcomes workshops, quality visits, votes) through
 * {@link org.tandem.coproduction.CoProductionRecord} with an {@link org.tandem.coproduction.ActivityDetails}, and
 * hear of every new activity through {@link org.tandem.coproduction.CoProductionActivityRecorded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-production")
package org.tandem.coproduction;
