package org.tandem.outcomes.characteristics;

import java.util.UUID;

/**
 * A principle that guides how the service is provided (seed 000, "Quality characteristics"): its name, what it means
 * in the words of the people who will use the service, and the professional wording a tender would use.
 *
 * @param position 1 for the first characteristic of the commission
 */
public record QualityCharacteristic(UUID id, UUID commissionId, int position, String name, String usersWords,
                                    String professionalWords, int version) {
}
