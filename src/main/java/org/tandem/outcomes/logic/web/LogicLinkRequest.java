package org.tandem.outcomes.logic.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.outcomes.logic.LinkDraft;
import org.tandem.platform.SelfChecking;

/**
 * A link from a step to one in the next stage, with its assumption and evidence. When changing a link only the
 * assumption and evidence change; where it runs from and to stays.
 */
record LogicLinkRequest(
        @Schema(description = "Needed for a new link") UUID fromStepId,
        @Schema(description = "Needed for a new link; a step of the next stage") UUID toStepId,
        @Schema(maxLength = LinkDraft.TEXT_MAX) String assumption,
        @Schema(description = "An evidence item of the commission's needs evidence library") UUID evidenceItemId,
        @Schema(maxLength = LinkDraft.TEXT_MAX) String evidenceText) implements SelfChecking {

    @Override
    public void check(Errors errors) {
        LogicInput.checkLink(assumption, evidenceText, errors);
    }

    LinkDraft draft() {
        return LogicInput.link(fromStepId, toStepId, assumption, evidenceItemId, evidenceText);
    }
}
