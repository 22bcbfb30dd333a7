/**
 * Commissions: one commissioning exercise each (e.g. "Youth services 2027–2030"), moving through the cycle
 * Insight → Planning → Delivery → Review, with a checklist per phase drawn from NEF's guide.
 *
 * <p>Other modules use {@link org.tandem.commissions.Commissions}, the {@link org.tandem.commissions.CommissionView}
 * record and the events {@link org.tandem.commissions.CommissionCreated} and
 * {@link org.tandem.commissions.CommissionPhaseChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissions")
package org.tandem.commissions;
