package org.tandem.insight.provision.openreferral;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.tandem.insight.provision.FundedServiceRepository;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The organisation's baseline as Open Referral UK: a JSON list of services (the schema's service package), or the
 * CSV form, a ZIP of the tables with a {@code datapackage.json} naming them. Written straight to the response.
 */
@Component
public class OpenReferralExport {

    private final FundedServiceRepository services;
    private final OpenReferralWriter writer;
    private final OpenReferralSchemas schemas;
    private final JsonMapper json;

    OpenReferralExport(FundedServiceRepository services, OpenReferralWriter writer, OpenReferralSchemas schemas,
                       JsonMapper json) {
        this.services = services;
        this.writer = writer;
        this.schemas = schemas;
        this.json = json;
    }

    public void json(UUID organisationId, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            for (ObjectNode service : nodes(organisationId)) {
                json.writeTree(generator, service);
            }
            generator.writeEndArray();
        }
    }

    public void csv(UUID organisationId, OutputStream out) {
        Map<String, List<Map<String, String>>> tables = OpenReferralTables.flatten(nodes(organisationId));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ArrayNode resources = json.createArrayNode();
            for (Map.Entry<String, List<Map<String, String>>> table : tables.entrySet()) {
                OpenReferralSchemas.Table shape = schemas.table(table.getKey());
                zip.putNextEntry(new ZipEntry(shape.file()));
                Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                        .setHeader(shape.columns().toArray(String[]::new)).get());
                for (Map<String, String> row : table.getValue()) {
                    csv.printRecord(shape.columns().stream().map(c -> row.getOrDefault(c, "")).toList());
                }
                csv.flush();
                zip.closeEntry();
                ObjectNode resource = resources.addObject();
                resource.put("name", table.getKey());
                resource.put("path", shape.file());
                resource.put("profile", "tabular-data-resource");
                resource.put("format", "csv");
                resource.put("mediatype", "text/csv");
            }
            ObjectNode dataPackage = json.createObjectNode();
            dataPackage.put("name", "open-referral-uk-services");
            dataPackage.put("profile", "tabular-data-package");
            dataPackage.set("resources", resources);
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(dataPackage));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ObjectNode> nodes(UUID organisationId) {
        return services.servicesOf(organisationId).stream().map(writer::service).toList();
    }
}
