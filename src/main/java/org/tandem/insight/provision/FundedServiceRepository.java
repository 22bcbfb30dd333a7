package org.tandem.insight.provision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.Money;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.date;
import static org.tandem.platform.Timestamps.utc;

/** The baseline's services in plain SQL. Every query is bounded by the organisation the caller names. */
@Repository
public class FundedServiceRepository {

    /** Sort orders offered on the list; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        NAME("lower(name), id"), VALUE("annual_total desc, lower(name), id"),
        ENDS("contract_ends_on, lower(name), id"), PROVIDER("lower(provider_name), lower(name), id"),
        REACH("case when people_reached_per_year is null then 1 else 0 end, people_reached_per_year desc, "
                + "lower(name), id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /**
     * Filters for the list; nulls mean "any". {@code wardId} finds services working in that ward, borough-wide ones
     * included (they work there too); {@code boroughWideOnly} finds only those. {@code endsFrom}/{@code endsBy}
     * bound the contract end date.
     */
    public record Filter(String text, ClientGroup clientGroup, UUID wardId, boolean boroughWideOnly,
                         FundingSource source, String providerName, LocalDate endsFrom, LocalDate endsBy) {
    }

    private static final String COLUMNS = """
            id, organisation_id, name, description, provider_name, provider_organisation_id, client_group,
            borough_wide, annual_total, contract_ends_on, people_reached_per_year, overlaps_and_gaps, version""";

    private final JdbcClient jdbc;

    FundedServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FundedService> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from funded_service where organisation_id = ? and id = ?")
                .params(organisationId, id).query(FundedServiceRepository::map).optional()
                .map(s -> complete(List.of(s)).getFirst());
    }

    /** Every service of the organisation, by name: for totals, the gap analysis and exports. */
    public List<FundedService> servicesOf(UUID organisationId) {
        return complete(jdbc.sql("select " + COLUMNS + " from funded_service where organisation_id = ? "
                        + "order by " + Sort.NAME.orderBy)
                .param(organisationId).query(FundedServiceRepository::map).list());
    }

    public ResultPage<FundedService> search(UUID organisationId, Filter filter, Sort sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        String pattern = SearchText.containing(filter.text());
        if (pattern != null) {
            where.append(" and (lower(name) like :text escape '\\' or lower(description) like :text escape '\\'"
                    + " or lower(provider_name) like :text escape '\\')");
            params.put("text", pattern);
        }
        if (filter.clientGroup() != null) {
            where.append(" and client_group = :group");
            params.put("group", filter.clientGroup().name());
        }
        if (filter.boroughWideOnly()) {
            where.append(" and borough_wide = true");
        } else if (filter.wardId() != null) {
            where.append(" and (borough_wide = true or id in (select service_id from funded_service_ward"
                    + " where ward_id = :ward))");
            params.put("ward", filter.wardId());
        }
        if (filter.source() != null) {
            where.append(" and id in (select service_id from funded_service_funding where source = :source)");
            params.put("source", filter.source().name());
        }
        if (filter.providerName() != null && !filter.providerName().isBlank()) {
            where.append(" and lower(provider_name) = :provider");
            params.put("provider", filter.providerName().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.endsFrom() != null) {
            where.append(" and contract_ends_on >= :endsFrom");
            params.put("endsFrom", filter.endsFrom());
        }
        if (filter.endsBy() != null) {
            where.append(" and contract_ends_on <= :endsBy");
            params.put("endsBy", filter.endsBy());
        }
        long total = jdbc.sql("select count(*) from funded_service" + where).params(params).query(Long.class)
                .single();
        List<FundedService> rows = jdbc.sql("select " + COLUMNS + " from funded_service" + where + " order by "
                        + (sort == null ? Sort.NAME : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(FundedServiceRepository::map).list();
        return new ResultPage<>(complete(rows), page.page(), page.size(), total);
    }

    /** The names of the providers in the organisation's baseline, for the provider filter. */
    public List<String> providerNames(UUID organisationId) {
        Map<String, String> byKey = new java.util.TreeMap<>();
        jdbc.sql("select provider_name from funded_service where organisation_id = ?").param(organisationId)
                .query(String.class).list()
                .forEach(name -> byKey.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name));
        return List.copyOf(byKey.values());
    }

    public void insert(UUID id, UUID organisationId, ServiceDraft draft, UUID createdBy, Instant now) {
        jdbc.sql("""
                insert into funded_service (id, organisation_id, name, description, provider_name,
                    provider_organisation_id, client_group, borough_wide, annual_total, contract_ends_on,
                    people_reached_per_year, overlaps_and_gaps, created_at, created_by, updated_at, version)
                values (:id, :org, :name, :description, :providerName, :providerId, :clientGroup, :boroughWide,
                    :total, :endsOn, :reach, :overlaps, :now, :by, :now, 0)""")
                .param("id", id).param("org", organisationId).params(draftParams(draft)).param("now", utc(now))
                .param("by", createdBy)
                .update();
        replaceChildren(id, draft);
    }

    /** Optimistic: false when someone else saved the service since {@code version} was read. */
    public boolean update(UUID organisationId, UUID id, int version, ServiceDraft draft, Instant now) {
        int rows = jdbc.sql("""
                update funded_service set name = :name, description = :description, provider_name = :providerName,
                    provider_organisation_id = :providerId, client_group = :clientGroup, borough_wide = :boroughWide,
                    annual_total = :total, contract_ends_on = :endsOn, people_reached_per_year = :reach,
                    overlaps_and_gaps = :overlaps, updated_at = :now, version = version + 1
                where organisation_id = :org and id = :id and version = :version""")
                .params(draftParams(draft)).param("now", utc(now)).param("org", organisationId).param("id", id)
                .param("version", version)
                .update();
        if (rows == 1) {
            replaceChildren(id, draft);
        }
        return rows == 1;
    }

    /** Optimistic like {@link #update}; the service's funding, wards, needs and outcomes go with it. */
    public boolean delete(UUID organisationId, UUID id, int version) {
        return jdbc.sql("delete from funded_service where organisation_id = ? and id = ? and version = ?")
                .params(organisationId, id, version).update() == 1;
    }

    private void replaceChildren(UUID id, ServiceDraft draft) {
        for (String table : List.of("funded_service_funding", "funded_service_ward", "funded_service_need",
                "funded_service_outcome")) {
            jdbc.sql("delete from " + table + " where service_id = ?").param(id).update();
        }
        for (int i = 0; i < draft.fundingLines().size(); i++) {
            FundingLine line = draft.fundingLines().get(i);
            jdbc.sql("insert into funded_service_funding (service_id, position, source, annual_amount) "
                            + "values (?, ?, ?, ?)")
                    .params(id, i, line.source().name(), line.annualAmount().amount()).update();
        }
        for (UUID ward : draft.wardIds()) {
            jdbc.sql("insert into funded_service_ward (service_id, ward_id) values (?, ?)").params(id, ward).update();
        }
        for (UUID need : draft.needIds()) {
            jdbc.sql("insert into funded_service_need (service_id, need_id) values (?, ?)").params(id, need).update();
        }
        for (int i = 0; i < draft.outcomesClaimed().size(); i++) {
            jdbc.sql("insert into funded_service_outcome (service_id, position, outcome) values (?, ?, ?)")
                    .params(id, i, draft.outcomesClaimed().get(i)).update();
        }
    }

    /** Adds funding lines, wards, needs and outcomes to the rows, four queries for the whole list. */
    private List<FundedService> complete(List<FundedService> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(FundedService::id).toList();
        Map<UUID, List<FundingLine>> funding = new HashMap<>();
        jdbc.sql("""
                        select service_id, source, annual_amount from funded_service_funding
                        where service_id in (:ids) order by service_id, position""")
                .param("ids", ids)
                .query(rs -> {
                    funding.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new FundingLine(FundingSource.valueOf(rs.getString("source")),
                                    new Money(rs.getBigDecimal("annual_amount"))));
                });
        Map<UUID, List<Ward>> wards = new HashMap<>();
        jdbc.sql("""
                        select sw.service_id, w.id, w.organisation_id, w.code, w.name from funded_service_ward sw
                        join ward w on w.id = sw.ward_id where sw.service_id in (:ids) order by lower(w.name)""")
                .param("ids", ids)
                .query(rs -> {
                    wards.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new Ward(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                                    rs.getString("code"), rs.getString("name")));
                });
        Map<UUID, List<NeedAddressed>> needs = new HashMap<>();
        jdbc.sql("""
                        select sn.service_id, n.id, n.title, n.priority from funded_service_need sn
                        join need n on n.id = sn.need_id where sn.service_id in (:ids)
                        order by case n.priority when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end, lower(n.title)""")
                .param("ids", ids)
                .query(rs -> {
                    needs.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new NeedAddressed(rs.getObject("id", UUID.class), rs.getString("title"),
                                    Priority.valueOf(rs.getString("priority"))));
                });
        Map<UUID, List<String>> outcomes = new HashMap<>();
        jdbc.sql("""
                        select service_id, outcome from funded_service_outcome where service_id in (:ids)
                        order by service_id, position""")
                .param("ids", ids)
                .query(rs -> {
                    outcomes.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("outcome"));
                });
        return rows.stream().map(s -> new FundedService(s.id(), s.organisationId(), s.name(), s.description(),
                s.providerName(), s.providerOrganisationId(), s.clientGroup(), s.boroughWide(),
                wards.getOrDefault(s.id(), List.of()), funding.getOrDefault(s.id(), List.of()), s.annualTotal(),
                s.contractEndsOn(), s.peopleReachedPerYear(), outcomes.getOrDefault(s.id(), List.of()),
                s.overlapsAndGaps(), needs.getOrDefault(s.id(), List.of()), s.version())).toList();
    }

    private static Map<String, Object> draftParams(ServiceDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", d.name());
        params.put("description", d.description());
        params.put("providerName", d.providerName());
        params.put("providerId", d.providerOrganisationId());
        params.put("clientGroup", d.clientGroup().name());
        params.put("boroughWide", d.boroughWide());
        params.put("total", d.annualTotal().amount());
        params.put("endsOn", d.contractEndsOn());
        params.put("reach", d.peopleReachedPerYear());
        params.put("overlaps", d.overlapsAndGaps());
        return params;
    }

    private static FundedService map(ResultSet rs, int row) throws SQLException {
        int reach = rs.getInt("people_reached_per_year");
        Integer peopleReached = rs.wasNull() ? null : reach;
        return new FundedService(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("name"), rs.getString("description"), rs.getString("provider_name"),
                rs.getObject("provider_organisation_id", UUID.class), ClientGroup.valueOf(rs.getString("client_group")),
                rs.getBoolean("borough_wide"), List.of(), List.of(), new Money(rs.getBigDecimal("annual_total")),
                date(rs, "contract_ends_on"), peopleReached, List.of(), rs.getString("overlaps_and_gaps"),
                List.of(), rs.getInt("version"));
    }
}
