package org.tandem.insight.provision.openreferral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open Referral's CSV form: the same services as tables linked by id (services.csv, organizations.csv,
 * service_areas.csv, funding.csv, attribute.csv, taxonomy_terms.csv). {@link #flatten} splits service objects into
 * rows; {@link #assemble} joins rows back into service objects, remembering which row each part came from so that a
 * problem found in a service can be reported at its file, row and column.
 */
final class OpenReferralTables {

    static final String SERVICES = "service";
    static final String ORGANIZATIONS = "organization";
    static final String AREAS = "service_area";
    static final String FUNDING = "funding";
    static final String ATTRIBUTES = "attribute";
    static final String TERMS = "taxonomy_term";
    private static final java.util.Set<String> NUMBER_COLUMNS = java.util.Set.of("minimum_age", "maximum_age");

    /** One row of a table as read: its values by column, and its row number in the file (the header is row 1). */
    record Row(Map<String, String> values, long number) {
        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value;
        }
    }

    /** Where a part of a service came from. */
    record Origin(String file, long row) {
    }

    /** Services assembled from the tables, with the origin of each part by JSON pointer. */
    record Assembled(List<ObjectNode> services, Map<String, Origin> origins) {
    }

    private OpenReferralTables() {
    }

    /** Rows for every table, by table name; each row's values by column. */
    static Map<String, List<Map<String, String>>> flatten(List<ObjectNode> services) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (String table : List.of(ORGANIZATIONS, SERVICES, AREAS, FUNDING, ATTRIBUTES, TERMS)) {
            tables.put(table, new ArrayList<>());
        }
        Map<String, Boolean> seen = new HashMap<>();
        for (ObjectNode service : services) {
            JsonNode organization = service.get("organization");
            if (seen.putIfAbsent("organization:" + organization.get("id").asString(), true) == null) {
                tables.get(ORGANIZATIONS).add(scalars(organization));
            }
            tables.get(SERVICES).add(scalars(service));
            service.get("service_areas").forEach(a -> tables.get(AREAS).add(scalars(a)));
            service.get("funding").forEach(f -> tables.get(FUNDING).add(scalars(f)));
            for (JsonNode attribute : service.get("attributes")) {
                Map<String, String> row = scalars(attribute);
                row.put("link_entity", "service");
                tables.get(ATTRIBUTES).add(row);
                JsonNode term = attribute.get("taxonomy_term");
                if (seen.putIfAbsent("term:" + term.get("id").asString(), true) == null) {
                    tables.get(TERMS).add(scalars(term));
                }
            }
        }
        return tables;
    }

    /** Services from the tables' rows, in the order of services.csv. */
    static Assembled assemble(Map<String, List<Row>> tables, Map<String, String> files, JsonMapper json) {
        Map<String, Row> organizations = byId(tables.get(ORGANIZATIONS));
        Map<String, Row> terms = byId(tables.get(TERMS));
        Map<String, List<Row>> areas = byColumn(tables.get(AREAS), "service_id");
        Map<String, List<Row>> funding = byColumn(tables.get(FUNDING), "service_id");
        Map<String, List<Row>> attributes = byColumn(tables.get(ATTRIBUTES), "link_id");
        List<ObjectNode> services = new ArrayList<>();
        Map<String, Origin> origins = new HashMap<>();
        List<Row> rows = tables.getOrDefault(SERVICES, List.of());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = "/" + i;
            ObjectNode service = object(json, row);
            origins.put(at, new Origin(files.get(SERVICES), row.number()));
            String id = row.get("id") == null ? "" : row.get("id");
            Row organization = row.get("organization_id") == null ? null
                    : organizations.get(row.get("organization_id"));
            if (organization != null) {
                service.set("organization", object(json, organization));
                origins.put(at + "/organization", new Origin(files.get(ORGANIZATIONS), organization.number()));
            }
            children(json, service, "service_areas", areas.get(id), at, files.get(AREAS), origins);
            children(json, service, "funding", funding.get(id), at, files.get(FUNDING), origins);
            ArrayNode links = service.putArray("attributes");
            List<Row> linked = attributes.getOrDefault(id, List.of());
            for (int j = 0; j < linked.size(); j++) {
                Row link = linked.get(j);
                ObjectNode attribute = object(json, link);
                attribute.remove("link_entity");
                origins.put(at + "/attributes/" + j, new Origin(files.get(ATTRIBUTES), link.number()));
                Row term = link.get("taxonomy_term_id") == null ? null : terms.get(link.get("taxonomy_term_id"));
                if (term != null) {
                    attribute.set("taxonomy_term", object(json, term));
                    origins.put(at + "/attributes/" + j + "/taxonomy_term",
                            new Origin(files.get(TERMS), term.number()));
                }
                links.add(attribute);
            }
            services.add(service);
        }
        return new Assembled(services, origins);
    }

    private static void children(JsonMapper json, ObjectNode service, String field, List<Row> rows, String at,
                                 String file, Map<String, Origin> origins) {
        if (rows == null) {
            return;
        }
        ArrayNode array = service.putArray(field);
        for (int j = 0; j < rows.size(); j++) {
            array.add(object(json, rows.get(j)));
            origins.put(at + "/" + field + "/" + j, new Origin(file, rows.get(j).number()));
        }
    }

    /**
     * A row as a JSON object: empty cells are left out, as an export leaves out missing fields. The service table's
     * two number columns (minimum and maximum age) are left out too: Tandem keeps no ages, and CSV has no types.
     */
    private static ObjectNode object(JsonMapper json, Row row) {
        ObjectNode node = json.createObjectNode();
        row.values().forEach((column, value) -> {
            if (value != null && !value.isBlank() && !NUMBER_COLUMNS.contains(column)) {
                node.put(column, value);
            }
        });
        return node;
    }

    private static Map<String, String> scalars(JsonNode node) {
        Map<String, String> row = new LinkedHashMap<>();
        node.properties().forEach(p -> {
            if (p.getValue().isValueNode()) {
                row.put(p.getKey(), p.getValue().asString());
            }
        });
        return row;
    }

    private static Map<String, Row> byId(List<Row> rows) {
        Map<String, Row> byId = new HashMap<>();
        if (rows != null) {
            rows.forEach(r -> {
                if (r.get("id") != null) {
                    byId.putIfAbsent(r.get("id"), r);
                }
            });
        }
        return byId;
    }

    private static Map<String, List<Row>> byColumn(List<Row> rows, String column) {
        Map<String, List<Row>> grouped = new HashMap<>();
        if (rows != null) {
            rows.forEach(r -> {
                if (r.get(column) != null) {
                    grouped.computeIfAbsent(r.get(column), k -> new ArrayList<>()).add(r);
                }
            });
        }
        return grouped;
    }
}
