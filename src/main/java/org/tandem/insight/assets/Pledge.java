package org.tandem.insight.assets;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.insight.wards.Ward;

/**
 * Something a resident offered through the public form (seed 002: what people "are doing already and what they
 * might be willing to do in the future"), the consent they gave, and what an officer decided. The pledger's own
 * details are for the organisation only, unless they agreed to have them shown.
 */
public record Pledge(UUID id, UUID organisationId, AssetType type, String name, String offers, String whoCanUse,
                     Ward ward, String postcode, String whenAvailable, String pledgerName, String pledgerEmail,
                     String pledgerPhone, PledgeConsent consent, PledgeStatus status, String reviewedByName,
                     Instant reviewedAt, String reviewNote, UUID assetId, Instant createdAt, int version) {

    public boolean waiting() {
        return status == PledgeStatus.WAITING;
    }

    /** The asset the pledge becomes when accepted: the pledger's details go with it only if they agreed. */
    AssetDraft asAsset() {
        Contact contact = consent.showContact() ? new Contact(pledgerName, pledgerPhone, pledgerEmail, null)
                : Contact.NONE;
        return new AssetDraft(type, name, offers, whoCanUse, contact, null, postcode, ward == null ? null : ward.id(),
                new OpeningTimes(List.of(), whenAvailable), null, Set.of());
    }
}
