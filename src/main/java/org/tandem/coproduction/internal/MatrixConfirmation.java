package org.tandem.coproduction.internal;

import java.time.Instant;

/**
 * A commissioner's word on the commission's place in Dorset's matrix: the cell they confirmed (the derived one, or
 * another with a reason), and the cell the records pointed to at the time, so a later change in the records shows.
 */
public record MatrixConfirmation(InvolvementModel model, InvolvementModel derivedThen, String reason,
                                 String confirmedByName, Instant confirmedAt) {

    public boolean overridden() {
        return model != derivedThen;
    }
}
