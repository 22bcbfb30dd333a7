package org.tandem.commissions;

/**
 * A part of the work on a commission that another module offers (the co-production record, the baseline, the
 * evidence library...), listed on the commission's page. Lower {@code order} comes first.
 */
public record CommissionSection(String label, String description, String href, int order) {
}
