/**
 * The co-production record, across every phase: who took part in each activity, at which rung of the ladder of
 * co-production, for which of the four Co's, and what changed because of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-production")
package org.tandem.coproduction;
