package org.tandem.outcomes.characteristics;

import java.util.List;
import java.util.UUID;

/**
 * A commission's quality characteristics, to read: the tender will offer them to bidders as criteria, and the
 * contract will monitor against them.
 */
public interface QualityCharacteristics {

    /**
     * The characteristics in the commission's order.
     *
     * @param organisationId the lead organisation or one of the commission's partners
     * @throws org.tandem.platform.NotFoundException when the organisation has no part in the commission
     */
    List<QualityCharacteristic> of(UUID organisationId, UUID commissionId);
}
