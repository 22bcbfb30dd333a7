package org.tandem.insight.wards;

/** A ward with the version it was read at, for changing it without overwriting someone else's change. */
public record WardVersion(Ward ward, int version) {
}
