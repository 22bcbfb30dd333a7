package org.tandem.outcomes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An outcomes framework: a commission's, or an organisation-wide template ({@code commissionId} null) that
 * commissions start from. Its versions are oldest first.
 */
public record FrameworkView(UUID id, UUID organisationId, UUID commissionId, String title, String purpose,
                            List<FrameworkVersionView> versions, Instant createdAt) {

    public FrameworkView {
        versions = versions.stream().sorted(Comparator.comparingInt(FrameworkVersionView::number)).toList();
    }

    public boolean isTemplate() {
        return commissionId == null;
    }

    /** The newest version, whatever its status. */
    public FrameworkVersionView latest() {
        return versions.getLast();
    }

    /** The newest agreed version: the one tenders and contracts refer to. */
    public Optional<FrameworkVersionView> agreed() {
        return versions.reversed().stream().filter(FrameworkVersionView::isLocked).findFirst();
    }

    /** The draft or in-review version, when there is one: at most one is open at a time. */
    public Optional<FrameworkVersionView> open() {
        return versions.stream().filter(v -> !v.isLocked()).findFirst();
    }

    public Optional<FrameworkVersionView> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }
}
