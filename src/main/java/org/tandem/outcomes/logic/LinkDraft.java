package org.tandem.outcomes.logic;

import java.util.UUID;

/** A link to add or a link's new words: from which step to which, why, and on what evidence. */
public record LinkDraft(UUID fromStepId, UUID toStepId, String assumption, UUID evidenceItemId,
                        String evidenceText) {

    public static final int TEXT_MAX = 2000;
}
