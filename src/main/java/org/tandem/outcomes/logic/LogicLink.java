package org.tandem.outcomes.logic;

import java.util.UUID;

/**
 * An arrow of a logic model, from a step to one in the next stage, with the assumption that one leads to the other
 * and the evidence for it: an evidence item of the commission (its title read when the model is), words, or both.
 *
 * @param number         1 for the model's first link, as the diagram and the list number them
 * @param evidenceTitle  the evidence item's title, or null when there is none or it has been deleted
 */
public record LogicLink(UUID id, int number, UUID fromStepId, UUID toStepId, String assumption,
                        UUID evidenceItemId, String evidenceTitle, String evidenceText) {

    public boolean hasEvidence() {
        return evidenceTitle != null || evidenceText != null;
    }
}
