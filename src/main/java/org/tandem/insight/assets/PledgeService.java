package org.tandem.insight.assets;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;

/**
 * Pledges from residents: taken through the public form with consent recorded, then reviewed by a commissioner or
 * commissioning officer, who publishes, adds or declines each one exactly once. Nothing a resident sends is public
 * until then, and it is published only if they agreed to be listed.
 */
@Service
public class PledgeService {

    private final PledgeRepository pledges;
    private final AssetService assets;
    private final WardRepository wards;
    private final AuditLog audit;
    private final Clock clock;

    PledgeService(PledgeRepository pledges, AssetService assets, WardRepository wards, AuditLog audit, Clock clock) {
        this.pledges = pledges;
        this.assets = assets;
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
    }

    /** A resident's offer, with the consent they gave in the words shown to them (which name the organisation). */
    @Transactional
    public Pledge submit(UUID organisationId, String organisationName, PledgeDraft draft) {
        return submitAs(null, organisationId, organisationName, draft);
    }

    /** Demo data pledges as the resident in the story. */
    @Transactional
    public Pledge submitAs(Actor actor, UUID organisationId, String organisationName, PledgeDraft draft) {
        if (!draft.consentContact()) {
            throw new RuleViolation("consentContact", "Agree that we may contact you about your offer, so that we "
                    + "can check it with you");
        }
        if (draft.consentShowContact() && !draft.consentListing()) {
            throw new RuleViolation("consentShowContact", "Your details can only be shown if your offer is listed: "
                    + "agree to the listing too, or untick this");
        }
        if (draft.wardId() != null && wards.find(organisationId, draft.wardId()).isEmpty()) {
            throw new RuleViolation("wardId", "Select a ward from the list");
        }
        Instant now = clock.instant();
        PledgeConsent consent = PledgeConsent.given(organisationName, draft.consentContact(), draft.consentListing(),
                draft.consentShowContact(), now);
        UUID id = UUID.randomUUID();
        pledges.insert(id, organisationId, draft, consent, now);
        // The pledger's contact details stay out of the audit log: it is kept for good, the pledge need not be.
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", draft.type().name());
        state.put("name", draft.name());
        state.put("consentListing", consent.listing());
        state.put("consentShowContact", consent.showContact());
        state.put("consentVersion", consent.version());
        AuditEntry entry = AuditEntry.of(organisationId, "asset-pledge.received", "asset-pledge", id,
                "Pledge " + draft.name() + " received through the public directory").after(state);
        if (actor == null) {
            audit.record(entry);
        } else {
            audit.recordAs(actor, entry);
        }
        return view(organisationId, id);
    }

    public Pledge view(UUID organisationId, UUID pledgeId) {
        return pledges.find(organisationId, pledgeId).orElseThrow(() -> new NotFoundException("Pledge"));
    }

    public ResultPage<Pledge> list(UUID organisationId, PledgeStatus status, String text, PageRequest page) {
        return pledges.search(organisationId, status, text, page);
    }

    public long waiting(UUID organisationId) {
        return pledges.count(organisationId, PledgeStatus.WAITING);
    }

    /** The pledge an asset came from, if it came from one. */
    public Optional<Pledge> pledgeOf(UUID organisationId, UUID assetId) {
        return pledges.findByAsset(organisationId, assetId);
    }

    @Transactional
    public Pledge review(CurrentUser user, UUID organisationId, UUID pledgeId, int version, PledgeDecision decision,
                         String note) {
        return reviewAs(new Actor(user.personId(), user.displayName()), organisationId, pledgeId, version, decision,
                note);
    }

    @Transactional
    public Pledge reviewAs(Actor actor, UUID organisationId, UUID pledgeId, int version, PledgeDecision decision,
                           String note) {
        Pledge pledge = view(organisationId, pledgeId);
        if (!pledge.waiting()) {
            throw new ConflictException("This pledge has already been reviewed: " + pledge.status().label()
                    + (pledge.reviewedByName() == null ? "" : ", by " + pledge.reviewedByName()) + ".");
        }
        if (decision == null) {
            throw new RuleViolation("decision", "Select what to do with the pledge");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > 1000) {
            throw new RuleViolation("note", "Note must be 1000 characters or fewer");
        }
        if (decision == PledgeDecision.DECLINE && why == null) {
            throw new RuleViolation("note", "Enter why the pledge is declined");
        }
        if (decision == PledgeDecision.PUBLISH && !pledge.consent().listing()) {
            throw new RuleViolation("decision", pledge.pledgerName() + " did not agree to be listed in the public "
                    + "directory: add the offer to the asset map without publishing it, or decline it");
        }
        if (pledge.version() != version) {
            throw new ConflictException("Someone else changed this pledge since you loaded the page. "
                    + "Reload the page and try again.");
        }
        UUID assetId = decision == PledgeDecision.DECLINE ? null
                : assets.createAs(actor, organisationId, pledge.asAsset(), decision == PledgeDecision.PUBLISH).id();
        if (!pledges.review(organisationId, pledgeId, version, decision.outcome(), actor.actorId(), actor.name(), why,
                assetId, clock.instant())) {
            throw new ConflictException("Someone else reviewed this pledge at the same moment. Reload and try again.");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", decision.outcome().name());
        if (why != null) {
            after.put("note", why);
        }
        if (assetId != null) {
            after.put("assetId", assetId.toString());
        }
        audit.recordAs(actor, AuditEntry.of(organisationId, "asset-pledge.reviewed", "asset-pledge", pledgeId,
                        "Pledge " + pledge.name() + ": " + decision.outcome().label().toLowerCase())
                .before(Map.of("status", pledge.status().name())).after(after));
        return view(organisationId, pledgeId);
    }
}
