package org.tandem.insight.assets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

@Repository
class AssetRepository {

    /** Words of a search beyond this many are ignored: nobody types more, and each word is one more "like". */
    static final int MAX_SEARCH_WORDS = 6;

    private static final String COLUMNS = """
            a.id, a.organisation_id, a.asset_type, a.name, a.offers, a.who_can_use, a.contact_name, a.phone, a.email,
            a.website, a.address, a.postcode, a.ward_id, w.code as ward_code, w.name as ward_name, a.opening_notes,
            a.latitude, a.longitude, a.published, a.published_at, a.created_at, a.updated_at, a.version""";
    private static final String FROM = " from community_asset a left join ward w on w.id = a.ward_id";

    private final JdbcClient jdbc;

    AssetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AssetRow> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where a.organisation_id = :org and a.id = :id")
                .param("org", organisationId).param("id", id)
                .query(AssetRepository::map).optional()
                .map(row -> complete(List.of(row)).getFirst());
    }

    ResultPage<AssetRow> search(UUID organisationId, AssetFilter filter, AssetSort sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organisationId, filter, params);
        long total = jdbc.sql("select count(*) from community_asset a" + where).params(params)
                .query(Long.class).single();
        List<AssetRow> rows = total <= page.offset() ? List.of()
                : jdbc.sql("select " + COLUMNS + FROM + where + " order by " + sort.orderBy()
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(AssetRepository::map).list();
        return new ResultPage<>(complete(rows), page.page(), page.size(), total);
    }

    /** Every asset matching the filter, by name, for exports; links are read 500 assets at a time. */
    List<AssetRow> all(UUID organisationId, AssetFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<AssetRow> rows = jdbc.sql("select " + COLUMNS + FROM + where(organisationId, filter, params)
                        + " order by " + AssetSort.NAME.orderBy())
                .params(params).query(AssetRepository::map).list();
        List<AssetRow> complete = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += 500) {
            complete.addAll(complete(rows.subList(from, Math.min(rows.size(), from + 500))));
        }
        return complete;
    }

    /** How many assets each ward has, by type; assets with no ward are counted under a null ward id. */
    List<WardCount> countsByWardAndType(UUID organisationId, boolean publishedOnly) {
        return jdbc.sql("select ward_id, asset_type, count(*) as assets from community_asset where organisation_id = ?"
                        + (publishedOnly ? " and published = true" : "") + " group by ward_id, asset_type")
                .param(organisationId)
                .query((rs, n) -> new WardCount(rs.getObject("ward_id", UUID.class),
                        AssetType.valueOf(rs.getString("asset_type")), rs.getLong("assets")))
                .list();
    }

    record WardCount(UUID wardId, AssetType type, long assets) {
    }

    void insert(UUID id, UUID organisationId, AssetDraft draft, boolean published, UUID createdBy, Instant now) {
        jdbc.sql("""
                insert into community_asset (id, organisation_id, asset_type, name, name_key, offers, who_can_use,
                       contact_name, phone, email, website, address, postcode, ward_id, opening_notes, latitude,
                       longitude, published, published_at, search_key, created_at, created_by, updated_at, version)
                values (:id, :org, :type, :name, :nameKey, :offers, :who, :contactName, :phone, :email, :website,
                       :address, :postcode, :ward, :notes, :lat, :lon, :published, :publishedAt, :search, :now, :by,
                       :now, 0)""")
                .param("id", id).param("org", organisationId).params(draftParams(draft))
                .param("published", published).param("publishedAt", published ? utc(now) : null)
                .param("now", utc(now)).param("by", createdBy)
                .update();
        replaceLinks(id, draft);
    }

    /** Optimistic: false when someone else saved the asset since {@code version} was read. */
    boolean update(UUID organisationId, UUID id, int version, AssetDraft draft, Instant now) {
        boolean saved = jdbc.sql("""
                update community_asset set asset_type = :type, name = :name, name_key = :nameKey, offers = :offers,
                       who_can_use = :who, contact_name = :contactName, phone = :phone, email = :email,
                       website = :website, address = :address, postcode = :postcode, ward_id = :ward,
                       opening_notes = :notes, latitude = :lat, longitude = :lon, search_key = :search,
                       updated_at = :now, version = version + 1
                where organisation_id = :org and id = :id and version = :version""")
                .params(draftParams(draft)).param("now", utc(now)).param("org", organisationId).param("id", id)
                .param("version", version)
                .update() == 1;
        if (saved) {
            replaceLinks(id, draft);
        }
        return saved;
    }

    boolean publish(UUID organisationId, UUID id, int version, boolean published, Instant now) {
        return jdbc.sql("""
                update community_asset set published = :published, published_at = :publishedAt, updated_at = :now,
                       version = version + 1
                where organisation_id = :org and id = :id and version = :version""")
                .param("published", published).param("publishedAt", published ? utc(now) : null)
                .param("now", utc(now)).param("org", organisationId).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean delete(UUID organisationId, UUID id) {
        return jdbc.sql("delete from community_asset where organisation_id = ? and id = ?")
                .params(organisationId, id).update() == 1;
    }

    private static String where(UUID organisationId, AssetFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where a.organisation_id = :org");
        params.put("org", organisationId);
        List<String> words = words(filter.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and a.search_key like :word").append(i).append(" escape '\\'");
            params.put("word" + i, words.get(i));
        }
        if (filter.type() != null) {
            where.append(" and a.asset_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.wardId() != null) {
            where.append(" and a.ward_id = :ward");
            params.put("ward", filter.wardId());
        }
        if (filter.needId() != null) {
            where.append(" and a.id in (select n.asset_id from community_asset_need n where n.need_id = :need)");
            params.put("need", filter.needId());
        }
        if (filter.published() != null) {
            where.append(" and a.published = :published");
            params.put("published", filter.published());
        }
        if (filter.openOn() != null) {
            where.append(" and a.id in (select o.asset_id from community_asset_opening o"
                    + " where o.day_of_week = :day)");
            params.put("day", filter.openOn().getValue());
        }
        return where.toString();
    }

    /** Each word typed as a "contains" pattern; every word must match, so "boxing northgate" finds the club. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\s+")).map(SearchText::containing)
                .filter(Objects::nonNull).distinct().limit(MAX_SEARCH_WORDS).toList();
    }

    /** What a search matches against, lower-cased once when the asset is saved. */
    static String searchKey(AssetDraft d) {
        StringBuilder key = new StringBuilder(d.name()).append(' ').append(d.offers());
        for (String part : new String[] {d.whoCanUse(), d.address(), d.postcode(), d.contact().name()}) {
            if (part != null) {
                key.append(' ').append(part);
            }
        }
        return key.toString().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void replaceLinks(UUID id, AssetDraft draft) {
        jdbc.sql("delete from community_asset_need where asset_id = ?").param(id).update();
        for (UUID need : draft.needIds()) {
            jdbc.sql("insert into community_asset_need (asset_id, need_id) values (?, ?)").params(id, need).update();
        }
        jdbc.sql("delete from community_asset_opening where asset_id = ?").param(id).update();
        for (OpeningTimes.Session s : draft.openingTimes().sessions()) {
            jdbc.sql("""
                    insert into community_asset_opening (asset_id, day_of_week, opens_minute, closes_minute)
                    values (?, ?, ?, ?)""")
                    .params(id, s.day().getValue(), s.opensMinute(), s.closesMinute()).update();
        }
    }

    /** Adds each row's opening sessions, needs and outcomes: three queries for the whole page, not three a row. */
    private List<AssetRow> complete(List<AssetRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(AssetRow::id).toList();
        Map<UUID, List<OpeningTimes.Session>> sessions = new HashMap<>();
        jdbc.sql("""
                        select asset_id, day_of_week, opens_minute, closes_minute from community_asset_opening
                        where asset_id in (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    sessions.computeIfAbsent(rs.getObject("asset_id", UUID.class), k -> new ArrayList<>())
                            .add(new OpeningTimes.Session(DayOfWeek.of(rs.getInt("day_of_week")),
                                    rs.getInt("opens_minute"), rs.getInt("closes_minute")));
                });
        Map<UUID, List<UUID>> needs = links("community_asset_need", "need_id", ids);
        Map<UUID, List<UUID>> outcomes = links("community_asset_outcome", "outcome_id", ids);
        return rows.stream().map(r -> r.with(
                new OpeningTimes(sessions.getOrDefault(r.id(), List.of()), r.openingTimes().notes()),
                needs.getOrDefault(r.id(), List.of()), outcomes.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<UUID, List<UUID>> links(String table, String column, Collection<UUID> ids) {
        Map<UUID, List<UUID>> links = new LinkedHashMap<>();
        jdbc.sql("select asset_id, " + column + " from " + table + " where asset_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return links;
    }

    private static Map<String, Object> draftParams(AssetDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", d.type().name());
        params.put("name", d.name());
        params.put("nameKey", d.name().toLowerCase(Locale.ROOT));
        params.put("offers", d.offers());
        params.put("who", d.whoCanUse());
        params.put("contactName", d.contact().name());
        params.put("phone", d.contact().phone());
        params.put("email", d.contact().email());
        params.put("website", d.contact().website());
        params.put("address", d.address());
        params.put("postcode", d.postcode());
        params.put("ward", d.wardId());
        params.put("notes", d.openingTimes().notes());
        params.put("lat", d.location() == null ? null : d.location().latitude());
        params.put("lon", d.location() == null ? null : d.location().longitude());
        params.put("search", searchKey(d));
        return params;
    }

    private static AssetRow map(ResultSet rs, int row) throws SQLException {
        UUID wardId = rs.getObject("ward_id", UUID.class);
        java.math.BigDecimal latitude = rs.getBigDecimal("latitude");
        return new AssetRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                AssetType.valueOf(rs.getString("asset_type")), rs.getString("name"), rs.getString("offers"),
                rs.getString("who_can_use"),
                new Contact(rs.getString("contact_name"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("website")),
                rs.getString("address"), rs.getString("postcode"),
                wardId == null ? null : new Ward(wardId, rs.getObject("organisation_id", UUID.class),
                        rs.getString("ward_code"), rs.getString("ward_name")),
                new OpeningTimes(List.of(), rs.getString("opening_notes")),
                latitude == null ? null : new Location(latitude, rs.getBigDecimal("longitude")),
                List.of(), List.of(), rs.getBoolean("published"), instant(rs, "published_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
    }
}
