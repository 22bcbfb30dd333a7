package org.tandem.insight.assets;

import java.util.UUID;

/** A resident's offer as checked for shape; the service checks the ward is the organisation's. */
public record PledgeDraft(AssetType type, String name, String offers, String whoCanUse, UUID wardId,
                          String postcode, String whenAvailable, String pledgerName, String pledgerEmail,
                          String pledgerPhone, boolean consentContact, boolean consentListing,
                          boolean consentShowContact) {
}
