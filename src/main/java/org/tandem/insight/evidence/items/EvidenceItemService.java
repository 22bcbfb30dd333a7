package org.tandem.insight.evidence.items;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.evidence.SearchWords;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.People;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.files.FileKind;
import org.tandem.platform.files.FilePolicy;
import org.tandem.platform.files.FileStore;
import org.tandem.platform.files.StoredFile;

/**
 * A commission's qualitative evidence: items with their quotes and files. Commissioners and commissioning officers
 * of the lead organisation add and change any item. Citizen co-producers add the evidence they gathered (peer
 * research is theirs to report, not only to take part in) and change only the items they added. Every change is
 * audited.
 */
@Service
public class EvidenceItemService {

    /** Notes, photos of flipcharts, reports: 10 MB is plenty, and any kind Tandem can recognise. */
    public static final FilePolicy ATTACHMENTS = new FilePolicy(10L * 1024 * 1024, Set.of(FileKind.values()));
    public static final int MAX_ATTACHMENTS = 20;

    private final EvidenceItemRepository items;
    private final NeedRepository needs;
    private final People people;
    private final FileStore files;
    private final CommissionAccess access;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceItemService(EvidenceItemRepository items, NeedRepository needs, People people,
                        FileStore files, CommissionAccess access, AuditLog audit, Clock clock) {
        this.items = items;
        this.needs = needs;
        this.people = people;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file as it is downloaded: the attachment and its bytes. */
    public record Download(EvidenceItem.Attachment attachment, InputStream content) {
    }

    public ResultPage<EvidenceItem> list(CurrentUser.Membership organisation, UUID commissionId,
                                         EvidenceItemRepository.Filter filter, EvidenceItemRepository.Sort sort,
                                         PageRequest page) {
        CommissionView commission = access.readable(organisation, commissionId);
        return items.list(commission.lead().id(), commissionId, filter, sort, page);
    }

    public EvidenceItem view(CurrentUser.Membership organisation, UUID commissionId, UUID itemId) {
        return find(access.readable(organisation, commissionId), itemId);
    }

    public List<String> tags(CommissionView commission) {
        return items.tagsOf(commission.lead().id(), commission.id());
    }

    public List<EvidenceItem> taggedTo(CommissionView commission, Need need) {
        return items.taggedTo(commission.lead().id(), need.id());
    }

    /** The item, for its change and delete pages: refused unless this person may change it. */
    public EvidenceItem forChange(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                                  UUID itemId) {
        return changeable(user, organisation, access.changeable(organisation, commissionId), itemId);
    }

    /** Whether this person may change this item: see the class comment. */
    public boolean mayChange(CurrentUser user, CurrentUser.Membership organisation, CommissionView commission,
                             EvidenceItem item) {
        if (!commission.ledBy(organisation.organisationId())) {
            return false;
        }
        return organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER)
                || (organisation.has(Role.CITIZEN_CO_PRODUCER) && user.personId().equals(item.createdBy()));
    }

    @Transactional
    public EvidenceItem create(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                               ItemDraft draft, List<ItemDraft.QuoteDraft> quotes) {
        return createAs(new Actor(user.personId(), user.displayName()), access.changeable(organisation, commissionId),
                draft, quotes);
    }

    /** Also used for demo data, where nobody is signed in. */
    @Transactional
    public EvidenceItem createAs(Actor actor, CommissionView commission, ItemDraft draft,
                                 List<ItemDraft.QuoteDraft> quotes) {
        UUID organisationId = commission.lead().id();
        List<EvidenceItem.Gatherer> gatherers = gatherers(organisationId, draft);
        checkNeeds(commission, draft);
        checkQuoteCount(quotes.size());
        UUID id = UUID.randomUUID();
        items.insert(id, organisationId, commission.id(), draft,
                new EvidenceItemRepository.By(actor.actorId(), actor.name()), clock.instant());
        items.replaceTags(organisationId, id, gatherers, draft.tags(), draft.needIds());
        items.replaceQuotes(organisationId, id, quotes);
        EvidenceItem item = indexed(commission, id);
        audit.recordAs(actor, AuditEntry.of(organisationId, "evidence.item-created", "evidence-item", id,
                "Evidence added to " + commission.title() + ": " + draft.title() + " (" + draft.method().label()
                        + ")").after(state(item)));
        return item;
    }

    /** Changes the details; {@code quotes} replaces the quotes when given (the API), and leaves them when null. */
    @Transactional
    public EvidenceItem update(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                               UUID itemId, int version, ItemDraft draft, List<ItemDraft.QuoteDraft> quotes) {
        CommissionView commission = access.changeable(organisation, commissionId);
        EvidenceItem before = changeable(user, organisation, commission, itemId);
        UUID organisationId = commission.lead().id();
        List<EvidenceItem.Gatherer> gatherers = gatherers(organisationId, draft);
        checkNeeds(commission, draft);
        if (quotes != null) {
            checkQuoteCount(quotes.size());
        }
        if (!items.update(organisationId, itemId, version, draft, clock.instant())) {
            throw new ConflictException("Someone else changed this evidence while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        items.replaceTags(organisationId, itemId, gatherers, draft.tags(), draft.needIds());
        if (quotes != null) {
            items.replaceQuotes(organisationId, itemId, quotes);
        }
        EvidenceItem after = indexed(commission, itemId);
        audit.record(AuditEntry.of(organisationId, "evidence.item-updated", "evidence-item", itemId,
                "Evidence changed in " + commission.title() + ": " + after.title())
                .before(state(before)).after(state(after)));
        return after;
    }

    @Transactional
    public void delete(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId, UUID itemId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        EvidenceItem item = changeable(user, organisation, commission, itemId);
        items.delete(item.organisationId(), itemId);
        item.attachments().forEach(a -> files.delete(item.organisationId(), a.fileId()));
        audit.record(AuditEntry.of(item.organisationId(), "evidence.item-deleted", "evidence-item", itemId,
                "Evidence deleted from " + commission.title() + ": " + item.title()).before(state(item)));
    }

    @Transactional
    public EvidenceItem addQuote(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                                 UUID itemId, ItemDraft.QuoteDraft quote) {
        CommissionView commission = access.changeable(organisation, commissionId);
        EvidenceItem item = changeable(user, organisation, commission, itemId);
        checkQuoteCount(item.quotes().size() + 1);
        UUID quoteId = items.addQuote(item.organisationId(), itemId, quote);
        items.touch(item.organisationId(), itemId, clock.instant());
        audit.record(AuditEntry.of(item.organisationId(), "evidence.quote-added", "evidence-item", itemId,
                "Quote added to " + item.title()).after(Map.of("quote", quoteId.toString(), "text", quote.text(),
                "attribution", String.valueOf(quote.attribution()))));
        return indexed(commission, itemId);
    }

    @Transactional
    public EvidenceItem removeQuote(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                                    UUID itemId, UUID quoteId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        EvidenceItem item = changeable(user, organisation, commission, itemId);
        EvidenceItem.Quote quote = item.quotes().stream().filter(q -> q.id().equals(quoteId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Quote"));
        items.removeQuote(item.organisationId(), itemId, quoteId);
        items.touch(item.organisationId(), itemId, clock.instant());
        audit.record(AuditEntry.of(item.organisationId(), "evidence.quote-removed", "evidence-item", itemId,
                "Quote removed from " + item.title()).before(Map.of("quote", quoteId.toString(), "text",
                quote.text())));
        return indexed(commission, itemId);
    }

    /** Keeps the file, if its size and content pass {@link #ATTACHMENTS}; a refused file leaves nothing behind. */
    @Transactional
    public EvidenceItem.Attachment attach(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                                          UUID itemId, String fileName, InputStream content) {
        CommissionView commission = access.changeable(organisation, commissionId);
        EvidenceItem item = changeable(user, organisation, commission, itemId);
        return attachAs(new Actor(user.personId(), user.displayName()), item, fileName, content);
    }

    /** Also used for demo data. */
    @Transactional
    public EvidenceItem.Attachment attachAs(Actor actor, EvidenceItem item, String fileName, InputStream content) {
        if (item.attachments().size() >= MAX_ATTACHMENTS) {
            throw new RuleViolation("file", "An item keeps up to " + MAX_ATTACHMENTS + " files: remove one first");
        }
        StoredFile file = files.save(item.organisationId(), fileName, content, ATTACHMENTS);
        Instant now = clock.instant();
        EvidenceItem.Attachment attachment = new EvidenceItem.Attachment(UUID.randomUUID(), file.id(), file.name(),
                file.kind().mediaType(), file.kind().label(), file.sizeBytes(), actor.name(), now);
        items.addAttachment(item.organisationId(), item.id(), attachment);
        items.touch(item.organisationId(), item.id(), now);
        audit.recordAs(actor, AuditEntry.of(item.organisationId(), "evidence.attachment-added", "evidence-item",
                item.id(), "File " + file.name() + " added to " + item.title())
                .after(Map.of("attachment", attachment.id().toString(), "name", file.name(), "type",
                        file.kind().name(), "bytes", file.sizeBytes(), "sha256", file.sha256())));
        return attachment;
    }

    @Transactional
    public void detach(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId, UUID itemId,
                       UUID attachmentId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        EvidenceItem item = changeable(user, organisation, commission, itemId);
        EvidenceItem.Attachment attachment = attachment(item, attachmentId);
        items.removeAttachment(item.organisationId(), itemId, attachmentId);
        files.delete(item.organisationId(), attachment.fileId());
        items.touch(item.organisationId(), itemId, clock.instant());
        audit.record(AuditEntry.of(item.organisationId(), "evidence.attachment-removed", "evidence-item", itemId,
                "File " + attachment.name() + " removed from " + item.title())
                .before(Map.of("attachment", attachmentId.toString(), "name", attachment.name())));
    }

    public Download download(CurrentUser.Membership organisation, UUID commissionId, UUID itemId,
                             UUID attachmentId) {
        EvidenceItem item = view(organisation, commissionId, itemId);
        EvidenceItem.Attachment attachment = attachment(item, attachmentId);
        return new Download(attachment, files.open(item.organisationId(), attachment.fileId()));
    }

    private EvidenceItem changeable(CurrentUser user, CurrentUser.Membership organisation, CommissionView commission,
                                    UUID itemId) {
        EvidenceItem item = find(commission, itemId);
        if (!mayChange(user, organisation, commission, item)) {
            throw new AccessDeniedException("Citizen co-producers change the evidence they added themselves; "
                    + item.createdByName() + " added this. Ask them or a commissioning officer to change it.");
        }
        return item;
    }

    private EvidenceItem find(CommissionView commission, UUID itemId) {
        return items.find(commission.lead().id(), commission.id(), itemId)
                .orElseThrow(() -> new NotFoundException("Evidence"));
    }

    private static EvidenceItem.Attachment attachment(EvidenceItem item, UUID attachmentId) {
        return item.attachments().stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("File"));
    }

    /** The people chosen (only the organisation's own, never trusted ids) and the names typed. */
    private List<EvidenceItem.Gatherer> gatherers(UUID organisationId, ItemDraft draft) {
        Map<UUID, String> members = people.of(organisationId).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        List<EvidenceItem.Gatherer> gatherers = new ArrayList<>();
        for (UUID id : draft.gathererIds()) {
            String name = members.get(id);
            if (name == null) {
                throw new RuleViolation("gathererIds", "Select people from the list");
            }
            gatherers.add(new EvidenceItem.Gatherer(id, name));
        }
        draft.gathererNames().forEach(n -> gatherers.add(new EvidenceItem.Gatherer(null, n)));
        return gatherers;
    }

    private void checkNeeds(CommissionView commission, ItemDraft draft) {
        Set<UUID> known = needs.ofCommission(commission.lead().id(), commission.id()).stream().map(Need::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(draft.needIds())) {
            throw new RuleViolation("needIds", "Select needs from the list");
        }
    }

    private static void checkQuoteCount(int count) {
        if (count > ItemChecks.MAX_QUOTES) {
            throw new RuleViolation("quotes", "An item keeps up to " + ItemChecks.MAX_QUOTES + " quotes");
        }
    }

    /** Reads the item back and refreshes the words search looks for. */
    private EvidenceItem indexed(CommissionView commission, UUID itemId) {
        EvidenceItem item = find(commission, itemId);
        items.setSearchText(item.organisationId(), itemId, SearchWords.of(Stream.of(
                        Stream.of(item.title(), item.method().label(), item.summary()),
                        item.quotes().stream().flatMap(q -> Stream.of(q.text(), q.attribution())),
                        item.tags().stream(), item.gatherers().stream().map(EvidenceItem.Gatherer::name))
                .flatMap(s -> s).toList(), SearchWords.ITEM_MAX));
        return item;
    }

    /** What the audit log keeps of an item: its details, not its files' bytes. */
    private static Map<String, Object> state(EvidenceItem item) {
        return Map.of("title", item.title(), "method", item.method().name(), "gatheredOn",
                String.valueOf(item.gatheredOn()), "summary", item.summary(), "consent", item.consent().name(),
                "quotesPublishable", item.quotesPublishable(), "gatherers", item.gathererNames(),
                "tags", String.join(", ", item.tags()), "needs", item.needs().stream()
                        .map(EvidenceItem.TaggedNeed::title).collect(Collectors.joining("; ")),
                "quotes", item.quotes().size());
    }
}
