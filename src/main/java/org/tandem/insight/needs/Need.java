package org.tandem.insight.needs;

import java.util.List;
import java.util.UUID;
import org.tandem.insight.wards.Ward;

/**
 * Something the needs assessment found people need, with its priority and the wards it is felt in. Evidence is
 * tagged to needs, and current provision is set against them in the gap analysis.
 */
public record Need(UUID id, UUID organisationId, UUID commissionId, String title, String description,
                   Priority priority, List<Ward> wards, int version) {

    public Need {
        wards = List.copyOf(wards);
    }
}
