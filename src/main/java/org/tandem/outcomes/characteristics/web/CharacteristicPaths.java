package org.tandem.outcomes.characteristics.web;

import java.util.UUID;

/** Where the quality characteristics pages live, so every link to them is built one way. */
final class CharacteristicPaths {

    private CharacteristicPaths() {
    }

    static String list(UUID organisationId, UUID commissionId) {
        return "/o/" + organisationId + "/commissions/" + commissionId + "/quality-characteristics";
    }
}
