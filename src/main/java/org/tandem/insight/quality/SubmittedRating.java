package org.tandem.insight.quality;

import java.time.LocalDate;
import java.util.UUID;

/** One area's rating from one submitted visit, with where it came from: what results and reports are built from. */
public record SubmittedRating(UUID visitId, UUID serviceId, LocalDate visitDate, UUID areaId, Rating rating,
                              String evidence, String quotes) {
}
