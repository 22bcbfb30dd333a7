package org.tandem.insight.provision;

import java.util.UUID;
import org.tandem.insight.needs.Priority;

/** A need (from {@code insight.needs}) that a service sets out to meet, as the service's page shows it. */
public record NeedAddressed(UUID id, String title, Priority priority) {
}
