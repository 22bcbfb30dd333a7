package org.tandem.insight.provision.openreferral;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official Open Referral UK schemas (copied under {@code schemas/openreferral-uk/}, see its SOURCE.md), loaded
 * once. Checks services with the networknt validator and turns its messages into plain English with a JSON pointer;
 * gives the CSV tables their columns straight from the per-table schemas.
 */
@Component
public class OpenReferralSchemas {

    private static final String FOLDER = "schemas/openreferral-uk/";
    /** The Open Referral schemas carry Data Package metadata beside JSON Schema keywords; they validate nothing. */
    private static final List<String> METADATA = List.of("name", "path", "core", "constraints", "example",
            "datapackage_metadata", "datapackage_type", "tabular_required");

    /** One Open Referral table: its file name and its columns in the schema's order. */
    public record Table(String file, List<String> columns) {
    }

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final JsonMapper json;
    private final JsonSchema service;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    OpenReferralSchemas(JsonMapper json) {
        this.json = json;
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keywords(METADATA.stream().map(NonValidationKeyword::new).toList()).build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, b -> b.metaSchema(meta));
        this.config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true).build();
        this.service = load("compiled/service.json");
        for (String table : List.of("organization", "service", "service_area", "funding", "attribute",
                "taxonomy_term")) {
            tables.put(table, table(table));
        }
    }

    /** The problems with one service, each placed by a pointer that starts with {@code at} (e.g. "/3"). */
    public List<OpenReferralProblem> checkService(JsonNode node, String at) {
        return explain(service.validate(json.writeValueAsString(node), InputFormat.JSON), at);
    }

    /** The problems with a whole document against a schema file, such as {@code compiled/service_package.json}. */
    public List<OpenReferralProblem> check(String document, String schemaFile) {
        return explain(load(schemaFile).validate(document, InputFormat.JSON), "");
    }

    public Table table(String name) {
        Table known = tables.get(name);
        if (known != null) {
            return known;
        }
        JsonNode schema = read(name + ".json");
        List<String> columns = new ArrayList<>();
        schema.get("properties").properties().forEach(p -> {
            JsonNode type = p.getValue().get("type");
            boolean nested = p.getValue().has("$ref") || (type != null && "array".equals(type.asString()));
            if (!nested) {
                columns.add(p.getKey());
            }
        });
        JsonNode extra = schema.get("tabular_required");
        if (extra != null) {
            extra.forEach(c -> {
                if (!columns.contains(c.asString())) {
                    columns.add(c.asString());
                }
            });
        }
        return new Table(schema.get("path").asString(), List.copyOf(columns));
    }

    private List<OpenReferralProblem> explain(java.util.Set<ValidationMessage> messages, String at) {
        return messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getType))
                .map(m -> OpenReferralProblem.at(at + pointer(m), SchemaWords.of(m)))
                .toList();
    }

    private static String pointer(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        return location.equals("/") || location.isEmpty() ? "" : location;
    }

    private JsonSchema load(String file) {
        try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("The Open Referral UK schema " + file + " is missing", e);
        }
    }

    private JsonNode read(String file) {
        try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The Open Referral UK schema " + file + " is missing", e);
        }
    }

    /** Every table Tandem writes, in the order Open Referral's data package lists them. */
    public Stream<Table> tables() {
        return tables.values().stream();
    }
}
