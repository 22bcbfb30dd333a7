package org.tandem.insight.assets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.wards.Ward;
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
 * The organisation's asset map: adding, changing, publishing and removing community assets, and the public
 * directory's read-only view of the published ones. Every change is audited. Wards and needs named by an asset must
 * be the organisation's own: ids from anywhere else are refused, never trusted.
 */
@Service
public class AssetService {

    private static final UUID NOBODY = new UUID(0, 0);

    private final AssetRepository assets;
    private final WardRepository wards;
    private final NeedRepository needs;
    private final AuditLog audit;
    private final Clock clock;

    AssetService(AssetRepository assets, WardRepository wards, NeedRepository needs, AuditLog audit, Clock clock) {
        this.assets = assets;
        this.wards = wards;
        this.needs = needs;
        this.audit = audit;
        this.clock = clock;
    }

    public ResultPage<CommunityAsset> list(UUID organisationId, AssetFilter filter, AssetSort sort, PageRequest page) {
        ResultPage<AssetRow> rows = assets.search(organisationId, filter, sort, page);
        Map<UUID, Need> byId = needsById(organisationId);
        return rows.map(row -> asset(row, byId));
    }

    public CommunityAsset view(UUID organisationId, UUID assetId) {
        return assets.find(organisationId, assetId).map(row -> asset(row, needsById(organisationId)))
                .orElseThrow(() -> new NotFoundException("Community asset"));
    }

    /** The public directory: published assets only, whatever the filter asks for. */
    public ResultPage<CommunityAsset> directory(UUID organisationId, AssetFilter filter, PageRequest page) {
        return list(organisationId, filter.publishedOnly(), AssetSort.NAME, page);
    }

    /** A published asset; an unpublished one is not found, exactly like one that does not exist. */
    public CommunityAsset published(UUID organisationId, UUID assetId) {
        return assets.find(organisationId, assetId).filter(AssetRow::published)
                .map(row -> asset(row, needsById(organisationId)))
                .orElseThrow(() -> new NotFoundException("Community asset"));
    }

    /** Every published asset, by name, for open-data exports. */
    public List<CommunityAsset> allPublished(UUID organisationId) {
        Map<UUID, Need> byId = needsById(organisationId);
        return assets.all(organisationId, AssetFilter.ANY.publishedOnly()).stream().map(r -> asset(r, byId)).toList();
    }

    /** The ward table: every ward of the organisation (by name), with its assets by type; then assets with no ward. */
    public List<WardAssets> byWard(UUID organisationId, boolean publishedOnly) {
        Map<UUID, Map<AssetType, Long>> counts = new HashMap<>();
        for (AssetRepository.WardCount count : assets.countsByWardAndType(organisationId, publishedOnly)) {
            counts.computeIfAbsent(count.wardId(), k -> new EnumMap<>(AssetType.class))
                    .put(count.type(), count.assets());
        }
        List<WardAssets> lines = new ArrayList<>();
        for (Ward ward : wards.wardsOf(organisationId)) {
            lines.add(new WardAssets(ward, counts.getOrDefault(ward.id(), Map.of())));
        }
        if (counts.containsKey(null)) {
            lines.add(new WardAssets(null, counts.get(null)));
        }
        return lines;
    }

    /** How many assets the organisation's map has, or how many of them are published. */
    public long count(UUID organisationId, boolean publishedOnly) {
        return assets.countsByWardAndType(organisationId, publishedOnly).stream()
                .mapToLong(AssetRepository.WardCount::assets).sum();
    }

    public List<Ward> wardsOf(UUID organisationId) {
        return wards.wardsOf(organisationId);
    }

    public List<Need> needsOf(UUID organisationId) {
        return needs.needsOf(organisationId);
    }

    @Transactional
    public CommunityAsset create(CurrentUser user, UUID organisationId, AssetDraft draft) {
        return createAs(new Actor(user.personId(), user.displayName()), organisationId, draft, false);
    }

    /** Also used for demo data and for pledges accepted by an officer. */
    @Transactional
    public CommunityAsset createAs(Actor actor, UUID organisationId, AssetDraft draft, boolean published) {
        checkBelongs(organisationId, draft);
        UUID id = UUID.randomUUID();
        assets.insert(id, organisationId, draft, published, actor.actorId() == null ? NOBODY : actor.actorId(),
                clock.instant());
        CommunityAsset created = view(organisationId, id);
        audit.recordAs(actor, AuditEntry.of(organisationId, "asset.created", "community-asset", id,
                "Community asset " + draft.name() + " added to the asset map"
                        + (published ? " and published" : "")).after(created));
        return created;
    }

    @Transactional
    public CommunityAsset update(UUID organisationId, UUID assetId, int version, AssetDraft draft) {
        CommunityAsset before = view(organisationId, assetId);
        checkBelongs(organisationId, draft);
        if (!assets.update(organisationId, assetId, version, draft, clock.instant())) {
            throw new ConflictException("Someone else changed this asset while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        CommunityAsset after = view(organisationId, assetId);
        audit.record(AuditEntry.of(organisationId, "asset.updated", "community-asset", assetId,
                "Community asset " + after.name() + " updated").before(before).after(after));
        return after;
    }

    /** Publishes the asset in the public directory, or takes it out. */
    @Transactional
    public CommunityAsset publish(UUID organisationId, UUID assetId, int version, boolean published) {
        CommunityAsset before = view(organisationId, assetId);
        if (before.published() == published) {
            throw new ConflictException(before.name() + " is already "
                    + (published ? "published" : "unpublished") + ". Reload the page to see it as it is now.");
        }
        Instant now = clock.instant();
        if (!assets.publish(organisationId, assetId, version, published, now)) {
            throw new ConflictException("Someone else changed this asset since you loaded the page. "
                    + "Reload the page and try again.");
        }
        audit.record(AuditEntry.of(organisationId, published ? "asset.published" : "asset.unpublished",
                "community-asset", assetId, before.name() + (published ? " published in the public directory"
                        : " taken out of the public directory"))
                .before(Map.of("published", before.published())).after(Map.of("published", published)));
        return view(organisationId, assetId);
    }

    @Transactional
    public void remove(UUID organisationId, UUID assetId) {
        CommunityAsset before = view(organisationId, assetId);
        assets.delete(organisationId, assetId);
        audit.record(AuditEntry.of(organisationId, "asset.removed", "community-asset", assetId,
                "Community asset " + before.name() + " removed from the asset map").before(before));
    }

    private void checkBelongs(UUID organisationId, AssetDraft draft) {
        if (draft.wardId() != null && wards.find(organisationId, draft.wardId()).isEmpty()) {
            throw new RuleViolation("wardId", "Select a ward from the list");
        }
        Map<UUID, Need> own = needsById(organisationId);
        if (!own.keySet().containsAll(draft.needIds())) {
            throw new RuleViolation("needIds", "Select needs from the list");
        }
    }

    private Map<UUID, Need> needsById(UUID organisationId) {
        return needs.needsOf(organisationId).stream().collect(Collectors.toMap(Need::id, Function.identity()));
    }

    private static CommunityAsset asset(AssetRow r, Map<UUID, Need> needs) {
        List<Need> linked = r.needIds().stream().map(needs::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Need::priority).thenComparing(Need::title)).toList();
        return new CommunityAsset(r.id(), r.organisationId(), r.type(), r.name(), r.offers(), r.whoCanUse(),
                r.contact(), r.address(), r.postcode(), r.ward(), r.openingTimes(), r.location(), linked,
                r.outcomeIds(), r.published(), r.publishedAt(), r.createdAt(), r.updatedAt(), r.version());
    }
}
