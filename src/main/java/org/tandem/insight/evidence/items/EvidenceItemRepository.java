package org.tandem.insight.evidence.items;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;
import org.tandem.platform.files.FileKind;

import static org.tandem.platform.Timestamps.date;
import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

@Repository
public class EvidenceItemRepository {

    /** Sort orders of the list; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        NEWEST("gathered_on desc, lower(title), id"), OLDEST("gathered_on, lower(title), id"),
        TITLE("lower(title), id"), METHOD("method, gathered_on desc, id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Filters of the list; nulls mean "any". */
    public record Filter(String text, EvidenceMethod method, UUID needId, String tag) {
    }

    /** Who is recorded as adding an item or file. */
    public record By(UUID personId, String name) {
    }

    private static final String COLUMNS = """
            id, organisation_id, commission_id, title, method, gathered_on, participants, summary, consent,
            consent_note, quotes_publishable, created_by, created_by_name, created_at, updated_at, version""";

    private final JdbcClient jdbc;

    EvidenceItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<EvidenceItem> list(UUID organisationId, UUID commissionId, Filter filter, Sort sort,
                                         PageRequest page) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org and commission_id = :commission");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("commission", commissionId);
        String pattern = SearchText.containing(filter.text());
        if (pattern != null) {
            where.append(" and search_text like :text escape '\\'");
            params.put("text", pattern);
        }
        if (filter.method() != null) {
            where.append(" and method = :method");
            params.put("method", filter.method().name());
        }
        if (filter.needId() != null) {
            where.append(" and id in (select item_id from evidence_item_need where need_id = :need)");
            params.put("need", filter.needId());
        }
        if (filter.tag() != null) {
            where.append(" and id in (select item_id from evidence_item_tag where organisation_id = :org"
                    + " and tag = :tag)");
            params.put("tag", filter.tag());
        }
        long total = jdbc.sql("select count(*) from evidence_item" + where).params(params).query(Long.class).single();
        List<EvidenceItem> rows = jdbc.sql("select " + COLUMNS + " from evidence_item" + where + " order by "
                        + (sort == null ? Sort.NEWEST : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(EvidenceItemRepository::map).list();
        return new ResultPage<>(withChildren(organisationId, rows), page.page(), page.size(), total);
    }

    public Optional<EvidenceItem> find(UUID organisationId, UUID commissionId, UUID itemId) {
        return jdbc.sql("select " + COLUMNS + " from evidence_item where organisation_id = ? and commission_id = ?"
                        + " and id = ?")
                .params(organisationId, commissionId, itemId).query(EvidenceItemRepository::map).optional()
                .map(item -> withChildren(organisationId, List.of(item)).getFirst());
    }

    /** Items with these ids, in no particular order; ids of other organisations are not found. */
    public List<EvidenceItem> findAll(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withChildren(organisationId, jdbc.sql("select " + COLUMNS + " from evidence_item"
                        + " where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", ids).query(EvidenceItemRepository::map).list());
    }

    /** The items tagged to a need, most recent first. */
    public List<EvidenceItem> taggedTo(UUID organisationId, UUID needId) {
        return jdbc.sql("select " + COLUMNS + " from evidence_item where organisation_id = ?"
                        + " and id in (select item_id from evidence_item_need where need_id = ?)"
                        + " order by gathered_on desc, id")
                .params(organisationId, needId).query(EvidenceItemRepository::map).list();
    }

    /** Every theme used in the commission's evidence, alphabetically. */
    public List<String> tagsOf(UUID organisationId, UUID commissionId) {
        return jdbc.sql("""
                        select distinct t.tag from evidence_item_tag t join evidence_item i on i.id = t.item_id
                        where t.organisation_id = ? and i.commission_id = ? order by t.tag""")
                .params(organisationId, commissionId).query(String.class).list();
    }

    public void insert(UUID id, UUID organisationId, UUID commissionId, ItemDraft draft, By by, Instant now) {
        jdbc.sql("""
                insert into evidence_item (id, organisation_id, commission_id, title, method, gathered_on,
                                           participants, summary, consent, consent_note, quotes_publishable,
                                           search_text, created_by, created_by_name, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, 0)""")
                .params(id, organisationId, commissionId, draft.title(), draft.method().name(), draft.gatheredOn(),
                        draft.participants(), draft.summary(), draft.consent().name(), draft.consentNote(),
                        draft.quotesPublishable(), by.personId(), by.name(), utc(now), utc(now))
                .update();
    }

    /** Optimistic: false when someone else saved the item since {@code version} was read. */
    public boolean update(UUID organisationId, UUID itemId, int version, ItemDraft draft, Instant now) {
        return jdbc.sql("""
                        update evidence_item set title = ?, method = ?, gathered_on = ?, participants = ?, summary = ?,
                               consent = ?, consent_note = ?, quotes_publishable = ?, updated_at = ?,
                               version = version + 1
                        where organisation_id = ? and id = ? and version = ?""")
                .params(draft.title(), draft.method().name(), draft.gatheredOn(), draft.participants(),
                        draft.summary(), draft.consent().name(), draft.consentNote(), draft.quotesPublishable(),
                        utc(now), organisationId, itemId, version)
                .update() == 1;
    }

    /** A change to the item's quotes or files: its version moves on, so API clients see it changed. */
    public void touch(UUID organisationId, UUID itemId, Instant now) {
        jdbc.sql("update evidence_item set updated_at = ?, version = version + 1 where organisation_id = ? and id = ?")
                .params(utc(now), organisationId, itemId).update();
    }

    public void setSearchText(UUID organisationId, UUID itemId, String searchText) {
        jdbc.sql("update evidence_item set search_text = ? where organisation_id = ? and id = ?")
                .params(searchText, organisationId, itemId).update();
    }

    public boolean delete(UUID organisationId, UUID itemId) {
        return jdbc.sql("delete from evidence_item where organisation_id = ? and id = ?")
                .params(organisationId, itemId).update() == 1;
    }

    /** Gatherers, tags and needs as the draft names them, replacing any before. */
    public void replaceTags(UUID organisationId, UUID itemId, List<EvidenceItem.Gatherer> gatherers,
                            List<String> tags, Collection<UUID> needIds) {
        for (String table : List.of("evidence_gatherer", "evidence_item_tag")) {
            jdbc.sql("delete from " + table + " where organisation_id = ? and item_id = ?")
                    .params(organisationId, itemId).update();
        }
        jdbc.sql("delete from evidence_item_need where item_id = ?").param(itemId).update();
        for (int i = 0; i < gatherers.size(); i++) {
            jdbc.sql("""
                    insert into evidence_gatherer (item_id, organisation_id, position, person_id, name)
                    values (?, ?, ?, ?, ?)""")
                    .params(itemId, organisationId, i, gatherers.get(i).personId(), gatherers.get(i).name()).update();
        }
        for (String tag : tags) {
            jdbc.sql("insert into evidence_item_tag (item_id, organisation_id, tag) values (?, ?, ?)")
                    .params(itemId, organisationId, tag).update();
        }
        for (UUID need : needIds) {
            jdbc.sql("insert into evidence_item_need (item_id, need_id) values (?, ?)").params(itemId, need).update();
        }
    }

    public void replaceQuotes(UUID organisationId, UUID itemId, List<ItemDraft.QuoteDraft> quotes) {
        jdbc.sql("delete from evidence_quote where organisation_id = ? and item_id = ?").params(organisationId, itemId)
                .update();
        quotes.forEach(q -> addQuote(organisationId, itemId, q));
    }

    public UUID addQuote(UUID organisationId, UUID itemId, ItemDraft.QuoteDraft quote) {
        UUID id = UUID.randomUUID();
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from evidence_quote where item_id = ?")
                .param(itemId).query(Integer.class).single();
        jdbc.sql("""
                insert into evidence_quote (id, item_id, organisation_id, position, text, attribution)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, itemId, organisationId, position, quote.text(), quote.attribution()).update();
        return id;
    }

    public boolean removeQuote(UUID organisationId, UUID itemId, UUID quoteId) {
        return jdbc.sql("delete from evidence_quote where organisation_id = ? and item_id = ? and id = ?")
                .params(organisationId, itemId, quoteId).update() == 1;
    }

    public void addAttachment(UUID organisationId, UUID itemId, EvidenceItem.Attachment attachment) {
        jdbc.sql("""
                insert into evidence_attachment (id, item_id, organisation_id, file_id, name, content_type,
                                                 size_bytes, added_by_name, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attachment.id(), itemId, organisationId, attachment.fileId(), attachment.name(),
                        attachment.contentType(), attachment.sizeBytes(), attachment.addedByName(),
                        utc(attachment.addedAt()))
                .update();
    }

    public boolean removeAttachment(UUID organisationId, UUID itemId, UUID attachmentId) {
        return jdbc.sql("delete from evidence_attachment where organisation_id = ? and item_id = ? and id = ?")
                .params(organisationId, itemId, attachmentId).update() == 1;
    }

    private List<EvidenceItem> withChildren(UUID organisationId, List<EvidenceItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        List<UUID> ids = items.stream().map(EvidenceItem::id).toList();
        Map<UUID, List<EvidenceItem.Quote>> quotes = new HashMap<>();
        jdbc.sql("""
                        select id, item_id, position, text, attribution from evidence_quote
                        where organisation_id = :org and item_id in (:ids) order by position""")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    quotes.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                            .add(new EvidenceItem.Quote(rs.getObject("id", UUID.class), rs.getInt("position"),
                                    rs.getString("text"), rs.getString("attribution")));
                });
        Map<UUID, List<EvidenceItem.Gatherer>> gatherers = new HashMap<>();
        jdbc.sql("""
                        select item_id, person_id, name from evidence_gatherer
                        where organisation_id = :org and item_id in (:ids) order by position""")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    gatherers.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                            .add(new EvidenceItem.Gatherer(rs.getObject("person_id", UUID.class),
                                    rs.getString("name")));
                });
        Map<UUID, List<String>> tags = new HashMap<>();
        jdbc.sql("select item_id, tag from evidence_item_tag where organisation_id = :org and item_id in (:ids)"
                        + " order by tag")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("tag"));
                });
        Map<UUID, List<EvidenceItem.TaggedNeed>> needs = new HashMap<>();
        jdbc.sql("""
                        select t.item_id, n.id, n.title from evidence_item_need t join need n on n.id = t.need_id
                        where n.organisation_id = :org and t.item_id in (:ids)
                        order by case n.priority when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end, lower(n.title)""")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    needs.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                            .add(new EvidenceItem.TaggedNeed(rs.getObject("id", UUID.class), rs.getString("title")));
                });
        Map<UUID, List<EvidenceItem.Attachment>> attachments = new HashMap<>();
        jdbc.sql("""
                        select id, item_id, file_id, name, content_type, size_bytes, added_by_name, added_at
                        from evidence_attachment where organisation_id = :org and item_id in (:ids)
                        order by added_at, id""")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    attachments.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                            .add(attachment(rs));
                });
        return items.stream().map(i -> new EvidenceItem(i.id(), i.organisationId(), i.commissionId(), i.title(),
                i.method(), i.gatheredOn(), i.participants(), i.summary(), i.consent(), i.consentNote(),
                i.quotesPublishable(), quotes.getOrDefault(i.id(), List.of()),
                gatherers.getOrDefault(i.id(), List.of()), tags.getOrDefault(i.id(), List.of()),
                needs.getOrDefault(i.id(), List.of()), attachments.getOrDefault(i.id(), List.of()), i.createdBy(),
                i.createdByName(), i.createdAt(), i.updatedAt(), i.version())).toList();
    }

    private static EvidenceItem.Attachment attachment(ResultSet rs) throws SQLException {
        String type = rs.getString("content_type");
        String label = Arrays.stream(FileKind.values()).filter(k -> k.mediaType().equals(type))
                .map(FileKind::label).findFirst().orElse("file");
        return new EvidenceItem.Attachment(rs.getObject("id", UUID.class), rs.getObject("file_id", UUID.class),
                rs.getString("name"), type, label, rs.getLong("size_bytes"), rs.getString("added_by_name"),
                instant(rs, "added_at"));
    }

    private static EvidenceItem map(ResultSet rs, int row) throws SQLException {
        Integer participants = rs.getObject("participants", Integer.class);
        return new EvidenceItem(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("commission_id", UUID.class), rs.getString("title"),
                EvidenceMethod.valueOf(rs.getString("method")), date(rs, "gathered_on"),
                participants, rs.getString("summary"), Consent.valueOf(rs.getString("consent")),
                rs.getString("consent_note"), rs.getBoolean("quotes_publishable"), List.of(), List.of(), List.of(),
                List.of(), List.of(), rs.getObject("created_by", UUID.class), rs.getString("created_by_name"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
    }
}
