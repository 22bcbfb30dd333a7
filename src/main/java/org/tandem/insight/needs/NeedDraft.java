package org.tandem.insight.needs;

import java.util.Set;
import java.util.UUID;

/** A need's details once checked: what people need, how pressing it is and the wards it is felt in. */
public record NeedDraft(String title, String description, Priority priority, Set<UUID> wardIds) {

    public NeedDraft {
        wardIds = Set.copyOf(wardIds);
    }
}
