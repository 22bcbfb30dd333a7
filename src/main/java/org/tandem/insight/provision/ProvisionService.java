package org.tandem.insight.provision;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.Organisations;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;

/**
 * Keeping the baseline of current provision: adding, changing and removing the services an organisation funds,
 * and the totals across them. Every change is audited in the same transaction. Wards, needs and provider
 * organisations named in a change are looked up with the organisation's id, never taken on trust.
 */
@Service
public class ProvisionService {

    private final FundedServiceRepository services;
    private final WardRepository wards;
    private final NeedRepository needs;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    ProvisionService(FundedServiceRepository services, WardRepository wards, NeedRepository needs,
                     Organisations organisations, AuditLog audit, Clock clock) {
        this.services = services;
        this.wards = wards;
        this.needs = needs;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public ResultPage<FundedService> list(UUID organisationId, FundedServiceRepository.Filter filter,
                                          FundedServiceRepository.Sort sort, PageRequest page) {
        return services.search(organisationId, filter, sort, page);
    }

    public FundedService view(UUID organisationId, UUID serviceId) {
        return services.find(organisationId, serviceId).orElseThrow(() -> new NotFoundException("Service"));
    }

    public List<FundedService> all(UUID organisationId) {
        return services.servicesOf(organisationId);
    }

    public ProvisionTotals totals(UUID organisationId) {
        return ProvisionTotals.of(services.servicesOf(organisationId), wards.wardsOf(organisationId), clock);
    }

    public List<Ward> wards(UUID organisationId) {
        return wards.wardsOf(organisationId);
    }

    public List<Need> needs(UUID organisationId) {
        return needs.needsOf(organisationId);
    }

    public List<OrganisationSummary> providers() {
        return organisations.providers();
    }

    public List<String> providerNames(UUID organisationId) {
        return services.providerNames(organisationId);
    }

    @Transactional
    public FundedService create(CurrentUser user, UUID organisationId, ServiceDraft draft) {
        return createAs(new Actor(user.personId(), user.displayName()), organisationId, draft);
    }

    /** Also used for demo data and imports, where the actor is named rather than signed in. */
    @Transactional
    public FundedService createAs(Actor actor, UUID organisationId, ServiceDraft draft) {
        ServiceDraft checked = checked(organisationId, draft);
        UUID id = UUID.randomUUID();
        services.insert(id, organisationId, checked, actor.actorId(), clock.instant());
        audit.recordAs(actor, AuditEntry.of(organisationId, "provision.service-added", "funded-service", id,
                checked.name() + " (" + checked.providerName() + ") added to the baseline").after(checked));
        return view(organisationId, id);
    }

    @Transactional
    public FundedService update(UUID organisationId, UUID serviceId, int version, ServiceDraft draft) {
        FundedService before = view(organisationId, serviceId);
        ServiceDraft checked = checked(organisationId, draft);
        if (!services.update(organisationId, serviceId, version, checked, clock.instant())) {
            throw new ConflictException("Someone else changed this service while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        FundedService after = view(organisationId, serviceId);
        audit.record(AuditEntry.of(organisationId, "provision.service-changed", "funded-service", serviceId,
                after.name() + " changed in the baseline").before(before).after(after));
        return after;
    }

    @Transactional
    public FundedService remove(UUID organisationId, UUID serviceId, int version) {
        FundedService before = view(organisationId, serviceId);
        if (!services.delete(organisationId, serviceId, version)) {
            throw new ConflictException("Someone else changed this service since you loaded the page. "
                    + "Look at it again before removing it.");
        }
        audit.record(AuditEntry.of(organisationId, "provision.service-removed", "funded-service", serviceId,
                before.name() + " removed from the baseline").before(before));
        return before;
    }

    /**
     * Stores a whole imported file in one go: a service whose id is already one of the organisation's is replaced,
     * any other becomes a new service with an id of its own (an id from another organisation is never reused).
     * Called inside the importer's transaction, so a problem anywhere leaves the baseline as it was.
     */
    @Transactional
    public ImportSummary store(UUID organisationId, List<ImportedService> imported, String format) {
        int added = 0;
        int replaced = 0;
        Instant now = clock.instant();
        Set<UUID> seen = new HashSet<>();
        for (ImportedService service : imported) {
            ServiceDraft checked = checked(organisationId, service.draft());
            UUID id = service.id();
            Optional<FundedService> existing = id == null || !seen.add(id) ? Optional.empty()
                    : services.find(organisationId, id);
            if (existing.isPresent()) {
                services.update(organisationId, id, existing.get().version(), checked, now);
                replaced++;
            } else {
                services.insert(UUID.randomUUID(), organisationId, checked, null, now);
                added++;
            }
        }
        ImportSummary summary = new ImportSummary(added, replaced);
        audit.record(AuditEntry.of(organisationId, "provision.imported", "funded-service", null,
                "Imported " + imported.size() + " services from " + format + ": " + added + " added, " + replaced
                        + " replaced").after(Map.of("added", added, "replaced", replaced, "format", format)));
        return summary;
    }

    /** A service read from an import: its id in the file (may be null or someone else's) and what it says. */
    public record ImportedService(UUID id, ServiceDraft draft) {
    }

    public record ImportSummary(int added, int replaced) {
    }

    /** The draft with its references confirmed as the organisation's, and the provider's name as Tandem knows it. */
    private ServiceDraft checked(UUID organisationId, ServiceDraft draft) {
        if (wards.findAll(organisationId, draft.wardIds()).size() != draft.wardIds().size()) {
            throw new RuleViolation("wardIds", "Select wards from the list");
        }
        Set<UUID> ownNeeds = needs.needsOf(organisationId).stream().map(Need::id).collect(Collectors.toSet());
        if (!ownNeeds.containsAll(draft.needIds())) {
            throw new RuleViolation("needIds", "Select needs from the list");
        }
        String providerName = draft.providerName();
        if (draft.providerOrganisationId() != null) {
            providerName = organisations.providers().stream()
                    .filter(p -> p.id().equals(draft.providerOrganisationId())).map(OrganisationSummary::name)
                    .findFirst()
                    .orElseThrow(() -> new RuleViolation("providerOrganisationId",
                            "Choose the provider from the list"));
        }
        return new ServiceDraft(draft.name(), draft.description(), providerName, draft.providerOrganisationId(),
                draft.clientGroup(), draft.boroughWide(), draft.wardIds(), draft.fundingLines(),
                draft.contractEndsOn(), draft.peopleReachedPerYear(), draft.outcomesClaimed(),
                draft.overlapsAndGaps(), draft.needIds());
    }
}
