package org.tandem.platform;

import java.util.UUID;

/** The name and kind of an organisation, as other modules need them. */
public record OrganisationSummary(UUID id, String name, OrganisationKind kind) {
}
