package org.tandem.prioritisation.implementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.Money;

/**
 * A dated update on a funded project: a note in plain text, any photos, and what it moved. Updates are never edited;
 * one can be hidden with a reason, which keeps it in the history officers see and the audit log, but not in public.
 */
public record ProjectUpdate(UUID id, UUID projectId, LocalDate happenedOn, String note, ProjectStage stageBefore,
                            ProjectStage stageAfter, int percentBefore, int percentAfter, Money spentBefore,
                            Money spentAfter, Source source, String postedByName, Instant postedAt,
                            Instant hiddenAt, String hiddenByName, String hiddenReason, List<Photo> photos) {

    public ProjectUpdate {
        photos = List.copyOf(photos);
    }

    /** Where an update came from. */
    public enum Source {
        OFFICER("Posted"), SPREADSHEET("Uploaded in a spreadsheet"), COUNT("From the published count");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A photo kept with an update, described for people who cannot see it. */
    public record Photo(UUID id, UUID fileId, String altText, String contentType, long sizeBytes) {
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public boolean movedStage() {
        return stageBefore != stageAfter;
    }

    public boolean movedPercent() {
        return percentBefore != percentAfter;
    }

    public boolean movedSpending() {
        return spentBefore.compareTo(spentAfter) != 0;
    }
}
