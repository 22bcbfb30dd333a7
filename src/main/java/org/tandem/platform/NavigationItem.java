package org.tandem.platform;

/** A link in the service navigation bar of an organisation's pages. Lower {@code order} comes first. */
public record NavigationItem(String label, String href, int order) {
}
