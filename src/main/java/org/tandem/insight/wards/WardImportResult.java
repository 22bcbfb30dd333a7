package org.tandem.insight.wards;

/** What an import of wards did: rows read, wards added, wards renamed and rows that changed nothing. */
public record WardImportResult(long rows, int added, int renamed, int unchanged) {
}
