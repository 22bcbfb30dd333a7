package org.tandem.insight.wards;

import java.util.UUID;

/** An area an organisation works in: a council's electoral ward, an NHS board's locality. */
public record Ward(UUID id, UUID organisationId, String code, String name) {
}
