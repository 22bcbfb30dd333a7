package org.tandem.outcomes.characteristics.web;

import java.util.UUID;
import org.tandem.outcomes.characteristics.QualityCharacteristic;

/** A quality characteristic in the API. */
record CharacteristicJson(UUID id, int position, String name, String usersWords, String professionalWords,
                          int version) {

    static CharacteristicJson of(QualityCharacteristic c) {
        return new CharacteristicJson(c.id(), c.position(), c.name(), c.usersWords(), c.professionalWords(),
                c.version());
    }
}
