package org.tandem.insight.evidence.datasets;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.SearchText;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

@Repository
public class DatasetRepository {

    /** Sort orders of the dataset list; the SQL is fixed here so request text never reaches the query. */
    public enum Sort {
        TITLE("lower(title), id"), NEWEST("imported_at desc, id"), ROWS("row_count desc, lower(title), id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** A value to store, as the import read it. {@code wardId} is null for the whole area. */
    record NewRow(int rowNumber, int indicator, int period, UUID wardId, String area, BigDecimal value) {
    }

    private static final String COLUMNS = """
            id, organisation_id, commission_id, title, source, description, file_name, row_count, imported_by_name,
            imported_at, version""";
    private static final String ROW_QUERY = """
            select r.row_number, i.name as indicator, i.unit, coalesce(w.name, r.area) as area, w.code as ward_code,
                   p.label as period, r.figure
            from evidence_dataset_row r
            join evidence_dataset_indicator i on i.dataset_id = r.dataset_id and i.position = r.indicator_no
            join evidence_dataset_period p on p.dataset_id = r.dataset_id and p.position = r.period_no
            left join ward w on w.id = r.ward_id
            where r.organisation_id = :org and r.dataset_id = :dataset""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    DatasetRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public ResultPage<Dataset> list(UUID organisationId, UUID commissionId, String text, Sort sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where organisation_id = :org and commission_id = :commission");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("commission", commissionId);
        String pattern = SearchText.containing(text);
        if (pattern != null) {
            where.append(" and search_text like :text escape '\\'");
            params.put("text", pattern);
        }
        long total = jdbc.sql("select count(*) from evidence_dataset" + where).params(params).query(Long.class)
                .single();
        List<Dataset> rows = jdbc.sql("select " + COLUMNS + " from evidence_dataset" + where + " order by "
                        + (sort == null ? Sort.TITLE : sort).orderBy + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(DatasetRepository::map).list();
        return new ResultPage<>(withIndicatorsAndPeriods(organisationId, rows), page.page(), page.size(), total);
    }

    public Optional<Dataset> find(UUID organisationId, UUID commissionId, UUID datasetId) {
        return jdbc.sql("select " + COLUMNS + " from evidence_dataset where organisation_id = ? and commission_id = ?"
                        + " and id = ?")
                .params(organisationId, commissionId, datasetId).query(DatasetRepository::map).optional()
                .map(d -> withIndicatorsAndPeriods(organisationId, List.of(d)).getFirst());
    }

    /** Datasets with these ids, in no particular order; ids of other organisations are not found. */
    public List<Dataset> findAll(UUID organisationId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withIndicatorsAndPeriods(organisationId, jdbc.sql("select " + COLUMNS + " from evidence_dataset"
                        + " where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", ids).query(DatasetRepository::map).list());
    }

    /** Holds the dataset's row until the transaction ends, so two replacements of one dataset take turns. */
    public Optional<Integer> lockVersion(UUID organisationId, UUID datasetId) {
        return jdbc.sql("select version from evidence_dataset where organisation_id = ? and id = ? for update")
                .params(organisationId, datasetId).query(Integer.class).optional();
    }

    public void insert(UUID id, UUID organisationId, UUID commissionId, DatasetDetails details, String fileName,
                       String importedByName, Instant now) {
        jdbc.sql("""
                insert into evidence_dataset (id, organisation_id, commission_id, title, source, description,
                                              file_name, row_count, search_text, imported_by_name, imported_at,
                                              created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?, 0)""")
                .params(id, organisationId, commissionId, details.title(), details.source(), details.description(),
                        fileName, importedByName, utc(now), utc(now))
                .update();
    }

    /** New details and a new file for a dataset: its old figures are removed, ready for the new ones. */
    public void replace(UUID organisationId, UUID datasetId, DatasetDetails details, String fileName,
                        String importedByName, Instant now) {
        jdbc.sql("""
                update evidence_dataset set title = ?, source = ?, description = ?, file_name = ?, row_count = 0,
                       imported_by_name = ?, imported_at = ?, version = version + 1
                where organisation_id = ? and id = ?""")
                .params(details.title(), details.source(), details.description(), fileName, importedByName,
                        utc(now), organisationId, datasetId)
                .update();
        for (String table : List.of("evidence_dataset_row", "evidence_dataset_indicator", "evidence_dataset_period")) {
            jdbc.sql("delete from " + table + " where organisation_id = ? and dataset_id = ?")
                    .params(organisationId, datasetId).update();
        }
    }

    /** Once the figures are in: how many rows there are, and the words search looks for. */
    public void finish(UUID organisationId, UUID datasetId, int rowCount, String searchText) {
        jdbc.sql("update evidence_dataset set row_count = ?, search_text = ? where organisation_id = ? and id = ?")
                .params(rowCount, searchText, organisationId, datasetId).update();
    }

    public boolean delete(UUID organisationId, UUID datasetId) {
        return jdbc.sql("delete from evidence_dataset where organisation_id = ? and id = ?")
                .params(organisationId, datasetId).update() == 1;
    }

    public void insertIndicator(UUID organisationId, UUID datasetId, Dataset.Indicator indicator) {
        jdbc.sql("""
                insert into evidence_dataset_indicator (dataset_id, organisation_id, position, name, unit)
                values (?, ?, ?, ?, ?)""")
                .params(datasetId, organisationId, indicator.number(), indicator.name(), indicator.unit()).update();
    }

    public void insertPeriod(UUID organisationId, UUID datasetId, int position, String label) {
        jdbc.sql("""
                insert into evidence_dataset_period (dataset_id, organisation_id, position, label)
                values (?, ?, ?, ?)""")
                .params(datasetId, organisationId, position, label).update();
    }

    /** Many rows in one JDBC batch: one round trip to the database instead of one per row. */
    public void insertRows(UUID organisationId, UUID datasetId, List<NewRow> rows) {
        batches.batchUpdate("""
                insert into evidence_dataset_row (dataset_id, organisation_id, row_number, indicator_no, period_no,
                                                  ward_id, area, figure)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                NewRow row = rows.get(i);
                ps.setObject(1, datasetId);
                ps.setObject(2, organisationId);
                ps.setInt(3, row.rowNumber());
                ps.setInt(4, row.indicator());
                ps.setInt(5, row.period());
                if (row.wardId() == null) {
                    ps.setNull(6, Types.OTHER);
                } else {
                    ps.setObject(6, row.wardId());
                }
                ps.setString(7, row.area());
                ps.setBigDecimal(8, row.value());
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    /** One page of the dataset's values, for one indicator when {@code indicator} is given. */
    public ResultPage<DatasetRow> rows(UUID organisationId, UUID datasetId, Integer indicator, Integer period,
                                       PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        params.put("dataset", datasetId);
        StringBuilder where = new StringBuilder();
        if (indicator != null) {
            where.append(" and r.indicator_no = :indicator");
            params.put("indicator", indicator);
        }
        if (period != null) {
            where.append(" and r.period_no = :period");
            params.put("period", period);
        }
        long total = jdbc.sql("select count(*) from evidence_dataset_row r where r.organisation_id = :org"
                        + " and r.dataset_id = :dataset" + where).params(params).query(Long.class).single();
        List<DatasetRow> rows = jdbc.sql(ROW_QUERY + where + " order by r.row_number limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(DatasetRepository::mapRow).list();
        return new ResultPage<>(rows, page.page(), page.size(), total);
    }

    /** Every value of one indicator: few enough (areas x periods) for a chart. */
    public List<DatasetRow> indicatorRows(UUID organisationId, UUID datasetId, int indicator) {
        return jdbc.sql(ROW_QUERY + " and r.indicator_no = :indicator order by r.period_no, r.row_number")
                .param("org", organisationId).param("dataset", datasetId).param("indicator", indicator)
                .query(DatasetRepository::mapRow).list();
    }

    /** Every value in the file's order, streamed (the caller's transaction lets PostgreSQL fetch in batches). */
    public void eachRow(UUID organisationId, UUID datasetId, Consumer<DatasetRow> consumer) {
        jdbc.sql(ROW_QUERY + " order by r.row_number").param("org", organisationId).param("dataset", datasetId)
                .query(rs -> {
                    consumer.accept(mapRow(rs, 0));
                });
    }

    private List<Dataset> withIndicatorsAndPeriods(UUID organisationId, List<Dataset> datasets) {
        if (datasets.isEmpty()) {
            return datasets;
        }
        List<UUID> ids = datasets.stream().map(Dataset::id).toList();
        Map<UUID, List<Dataset.Indicator>> indicators = new HashMap<>();
        jdbc.sql("""
                        select dataset_id, position, name, unit from evidence_dataset_indicator
                        where organisation_id = :org and dataset_id in (:ids) order by position""")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    indicators.computeIfAbsent(rs.getObject("dataset_id", UUID.class), k -> new ArrayList<>())
                            .add(new Dataset.Indicator(rs.getInt("position"), rs.getString("name"),
                                    rs.getString("unit")));
                });
        Map<UUID, List<String>> periods = new HashMap<>();
        jdbc.sql("""
                        select dataset_id, label from evidence_dataset_period
                        where organisation_id = :org and dataset_id in (:ids) order by position""")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    periods.computeIfAbsent(rs.getObject("dataset_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("label"));
                });
        return datasets.stream().map(d -> new Dataset(d.id(), d.organisationId(), d.commissionId(), d.title(),
                d.source(), d.description(), d.fileName(), d.rowCount(), indicators.getOrDefault(d.id(), List.of()),
                periods.getOrDefault(d.id(), List.of()), d.importedByName(), d.importedAt(), d.version())).toList();
    }

    private static Dataset map(ResultSet rs, int row) throws SQLException {
        return new Dataset(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("commission_id", UUID.class), rs.getString("title"), rs.getString("source"),
                rs.getString("description"), rs.getString("file_name"), rs.getInt("row_count"), List.of(), List.of(),
                rs.getString("imported_by_name"), instant(rs, "imported_at"), rs.getInt("version"));
    }

    private static DatasetRow mapRow(ResultSet rs, int row) throws SQLException {
        return new DatasetRow(rs.getInt("row_number"), rs.getString("indicator"), rs.getString("unit"),
                rs.getString("area"), rs.getString("ward_code"), rs.getString("period"), rs.getBigDecimal("figure"));
    }
}
