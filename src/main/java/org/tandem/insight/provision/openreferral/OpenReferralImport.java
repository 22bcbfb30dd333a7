package org.tandem.insight.provision.openreferral;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.stereotype.Component;
import org.tandem.insight.provision.ProvisionService;
import org.tandem.insight.provision.ProvisionService.ImportSummary;
import org.tandem.insight.provision.ProvisionService.ImportedService;
import org.tandem.platform.OrganisationSummary;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.imports.CsvImport;
import org.tandem.platform.imports.CsvLayout;
import org.tandem.platform.imports.ImportProblem;
import org.tandem.platform.imports.ImportRejected;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports Open Referral UK services into the organisation's baseline, all or nothing. JSON is read one service at a
 * time, each checked against the official schema and then against Tandem's own rules; the CSV form is read table
 * by table through the platform's CSV import. Any problem, with its JSON pointer or file, row and column, refuses
 * the whole file; otherwise every service is stored in one transaction.
 */
@Component
public class OpenReferralImport {

    /** A baseline is at most a few thousand services: far less than this. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_ENTRIES = 50;
    /** Rows of all the CSV tables together: a baseline of 5,000 services has about 60,000. */
    static final int MAX_ROWS = 100_000;

    private final ProvisionService provision;
    private final OpenReferralSchemas schemas;
    private final JsonMapper json;
    /** Reads one service of the list at a time; the rest of the list is not "trailing" but still to come. */
    private final ObjectReader oneService;

    OpenReferralImport(ProvisionService provision, OpenReferralSchemas schemas, JsonMapper json) {
        this.provision = provision;
        this.schemas = schemas;
        this.json = json;
        this.oneService = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads a list of services (the service package), or a page of Open Referral UK's API, whose services are in
     * its {@code contents}: what a directory's {@code /services} answers.
     */
    public ImportSummary json(UUID organisationId, InputStream upload) {
        OpenReferralReader.Context context = context(organisationId);
        List<OpenReferralProblem> problems = new ArrayList<>();
        List<ImportedService> services = new ArrayList<>();
        try (JsonParser parser = json.createParser(SizeLimit.of(upload, MAX_BYTES))) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readList(parser, "", context, problems, services);
            } else if (first == JsonToken.START_OBJECT && findContents(parser)) {
                readList(parser, "/contents", context, problems, services);
                if (problems.isEmpty()) {
                    skipRestOfPage(parser);
                }
            } else {
                throw rejected(OpenReferralProblem.inFile(first == null ? "is empty"
                        : "is not a list of services: Open Referral UK JSON starts with [ and has one { ... } for "
                        + "each service (or is a page of the Open Referral UK API, with its services in contents)"));
            }
            if (problems.isEmpty() && parser.nextToken() != null) {
                problems.add(OpenReferralProblem.inFile("goes on after its list of services has ended"));
            }
        } catch (JacksonException e) {
            problems.add(OpenReferralProblem.inFile(explain(e)));
        }
        return store(organisationId, services, problems, "Open Referral UK JSON");
    }

    /** Moves past the page's other fields to the start of its contents; false when it has none. */
    private static boolean findContents(JsonParser parser) {
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            boolean contents = "contents".equals(parser.currentName());
            if (parser.nextToken() == JsonToken.START_ARRAY && contents) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** The page's fields after its contents (total_items, page_number...), up to its closing }. */
    private static void skipRestOfPage(JsonParser parser) {
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    /** The services of a list whose [ has just been read, one at a time, up to its ]. */
    private void readList(JsonParser parser, String prefix, OpenReferralReader.Context context,
                          List<OpenReferralProblem> problems, List<ImportedService> services) {
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY
                && problems.size() < OpenReferralRejected.MAX_PROBLEMS; token = parser.nextToken()) {
            String at = prefix + "/" + index++;
            if (token == null) {
                problems.add(OpenReferralProblem.inFile("ends before its list of services is closed with ]"));
                return;
            }
            if (token != JsonToken.START_OBJECT) {
                problems.add(OpenReferralProblem.at(at, "must be a service, written as { ... }"));
                parser.skipChildren();
                continue;
            }
            accept(oneService.readValue(parser), at, context, problems, services);
        }
    }

    public ImportSummary csv(UUID organisationId, InputStream upload) {
        Map<String, String> tableByFile = schemas.tables().collect(Collectors.toMap(
                t -> t.file().toLowerCase(Locale.ROOT), t -> tableName(t.file()), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<OpenReferralTables.Row>> tables = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        List<OpenReferralProblem> problems = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(SizeLimit.of(upload, MAX_BYTES))) {
            // One budget for everything unpacked, so a small ZIP that unpacks to gigabytes is refused too.
            SizeLimit unpacked = SizeLimit.entry(zip, MAX_BYTES);
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    problems.add(OpenReferralProblem.inFile("has more than " + MAX_ENTRIES + " files in it"));
                    break;
                }
                String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                String table = tableByFile.get(file.toLowerCase(Locale.ROOT));
                if (table != null && !entry.isDirectory()) {
                    files.put(table, file);
                    tables.put(table, rows(unpacked, file, table, problems, rowsSoFar(tables)));
                }
            }
        } catch (IOException e) {
            problems.add(OpenReferralProblem.inFile(e instanceof SizeLimit.TooLarge ? e.getMessage()
                    : "is not a ZIP file of Open Referral UK CSV tables (" + safe(e.getMessage()) + ")"));
        }
        if (problems.isEmpty() && !tables.containsKey(OpenReferralTables.SERVICES)) {
            throw rejected(OpenReferralProblem.inFile("has no services.csv: upload the ZIP of Open Referral UK CSV "
                    + "tables that Tandem (or another directory) exported"));
        }
        List<ImportedService> services = new ArrayList<>();
        if (problems.isEmpty()) {
            OpenReferralTables.Assembled assembled = OpenReferralTables.assemble(tables, files, json);
            OpenReferralReader.Context context = context(organisationId);
            List<OpenReferralProblem> found = new ArrayList<>();
            for (int i = 0; i < assembled.services().size() && found.size() < OpenReferralRejected.MAX_PROBLEMS; i++) {
                accept(assembled.services().get(i), "/" + i, context, found, services);
            }
            found.forEach(p -> problems.add(placed(p, assembled.origins())));
        }
        return store(organisationId, services, problems, "Open Referral UK CSV");
    }

    private List<OpenReferralTables.Row> rows(InputStream entry, String file, String table,
                                              List<OpenReferralProblem> problems, int rowsBefore) {
        OpenReferralSchemas.Table shape = schemas.table(table);
        List<OpenReferralTables.Row> rows = new ArrayList<>();
        try {
            CsvImport.read(entry, CsvLayout.of(List.of("id"),
                    shape.columns().stream().filter(c -> !c.equals("id")).toList()).withMaxBytes(MAX_BYTES), row -> {
                        if (rowsBefore + rows.size() >= MAX_ROWS) {
                            throw new OpenReferralRejected(List.of(new OpenReferralProblem(file, row.number(), null,
                                    null, "takes the tables past " + MAX_ROWS + " rows, more than any baseline "
                                    + "has: is this the right file?")));
                        }
                        Map<String, String> values = new LinkedHashMap<>();
                        shape.columns().forEach(c -> {
                            if (row.text(c) != null) {
                                values.put(c, row.text(c));
                            }
                        });
                        rows.add(new OpenReferralTables.Row(values, row.number()));
                    });
        } catch (ImportRejected rejected) {
            for (ImportProblem p : rejected.problems()) {
                // A table with a header and no rows is simply empty: a baseline may have no outcomes claimed.
                if (!(p.row() == 0 && p.message().startsWith("has a header but no rows"))) {
                    problems.add(new OpenReferralProblem(file, p.row(), p.column(), null, p.message()));
                }
            }
        }
        return rows;
    }

    private static int rowsSoFar(Map<String, List<OpenReferralTables.Row>> tables) {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    private void accept(JsonNode node, String at, OpenReferralReader.Context context,
                        List<OpenReferralProblem> problems, List<ImportedService> services) {
        List<OpenReferralProblem> schemaProblems = schemas.checkService(node, at);
        if (!schemaProblems.isEmpty()) {
            problems.addAll(schemaProblems);
            return;
        }
        OpenReferralReader.read(node, at, context, problems).ifPresent(services::add);
    }

    private ImportSummary store(UUID organisationId, List<ImportedService> services,
                                List<OpenReferralProblem> problems, String format) {
        if (!problems.isEmpty()) {
            throw new OpenReferralRejected(problems);
        }
        if (services.isEmpty()) {
            throw rejected(OpenReferralProblem.inFile("has no services in it"));
        }
        try {
            return provision.store(organisationId, services, format);
        } catch (RuleViolation e) {
            throw rejected(OpenReferralProblem.inFile("could not be stored: " + e.getMessage()));
        }
    }

    /** A problem found in an assembled service, moved to the file and row its part came from. */
    private static OpenReferralProblem placed(OpenReferralProblem problem,
                                              Map<String, OpenReferralTables.Origin> origins) {
        String pointer = problem.pointer() == null ? "" : problem.pointer();
        for (String prefix = pointer; !prefix.isEmpty();
             prefix = prefix.substring(0, Math.max(0, prefix.lastIndexOf('/')))) {
            OpenReferralTables.Origin origin = origins.get(prefix);
            if (origin != null) {
                String rest = pointer.substring(prefix.length());
                String column = rest.matches("/[a-z_]+") ? rest.substring(1) : null;
                return problem.inTable(origin.file(), origin.row(), column);
            }
        }
        return problem;
    }

    private OpenReferralReader.Context context(UUID organisationId) {
        return OpenReferralReader.Context.of(provision.wards(organisationId), provision.needs(organisationId),
                provision.providers().stream().map(OrganisationSummary::id).collect(Collectors.toSet()));
    }

    private static String tableName(String file) {
        return switch (file) {
            case "organizations.csv" -> OpenReferralTables.ORGANIZATIONS;
            case "services.csv" -> OpenReferralTables.SERVICES;
            case "service_areas.csv" -> OpenReferralTables.AREAS;
            case "funding.csv" -> OpenReferralTables.FUNDING;
            case "attribute.csv" -> OpenReferralTables.ATTRIBUTES;
            case "taxonomy_terms.csv" -> OpenReferralTables.TERMS;
            default -> throw new IllegalArgumentException("No table is written to " + file);
        };
    }

    private static String explain(JacksonException e) {
        if (e.getCause() instanceof SizeLimit.TooLarge tooLarge) {
            return tooLarge.getMessage();
        }
        TokenStreamLocation where = e.getLocation();
        String place = where == null || where.getLineNr() < 1 ? ""
                : " near line " + where.getLineNr() + ", column " + where.getColumnNr();
        return "is not valid JSON" + place + ": check it was saved as Open Referral UK JSON";
    }

    private static String safe(String message) {
        return message == null ? "unreadable" : message.length() > 80 ? message.substring(0, 77) + "..." : message;
    }

    private static OpenReferralRejected rejected(OpenReferralProblem problem) {
        return new OpenReferralRejected(List.of(problem));
    }
}
