package org.tandem.insight;

import java.util.UUID;

/** Something Insight found or holds, as another module names it: a need, an evidence item or a current service. */
public record InsightReference(UUID id, String title) {
}
