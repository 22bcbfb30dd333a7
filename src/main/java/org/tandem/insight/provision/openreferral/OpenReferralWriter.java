package org.tandem.insight.provision.openreferral;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.insight.provision.FundedService;
import org.tandem.insight.provision.FundingLine;
import org.tandem.insight.provision.NeedAddressed;
import org.tandem.insight.wards.Ward;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A funded service as an Open Referral UK service (HSDS 3.0, UK profile). Where the standard has a field, it is
 * used: the provider is the service's {@code organization}, wards are {@code service_areas} (one named
 * "Borough-wide" for a borough-wide service), each funding line is a {@code funding} entry whose {@code source}
 * reads "Council core budget: £180,000.00 a year". The rest ({@link TandemAttribute}) are {@code attributes}.
 * Ids that Tandem does not store (a funding line's, a ward's area) are derived from the service's id, so the same
 * baseline always exports the same file.
 */
@Component
public class OpenReferralWriter {

    static final String BOROUGH_WIDE = "Borough-wide";

    private final JsonMapper json;

    OpenReferralWriter(JsonMapper json) {
        this.json = json;
    }

    public ObjectNode service(FundedService s) {
        String id = s.id().toString();
        UUID providerId = providerId(s);
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        node.put("organization_id", providerId.toString());
        node.put("name", s.name());
        if (s.description() != null) {
            node.put("description", s.description());
        }
        node.put("status", "active");
        ObjectNode organization = node.putObject("organization");
        organization.put("id", providerId.toString());
        organization.put("name", s.providerName());
        organization.put("description", s.providerOrganisationId() != null
                ? "A provider on Tandem" : "A provider that is not on Tandem");
        ArrayNode areas = node.putArray("service_areas");
        if (s.boroughWide()) {
            area(areas, id, BOROUGH_WIDE, "Borough-wide: open to people from every ward");
        }
        for (Ward ward : s.wards()) {
            area(areas, id, ward.name(), ward.name() + " (ward " + ward.code() + ")");
        }
        ArrayNode funding = node.putArray("funding");
        for (FundingLine line : s.fundingLines()) {
            ObjectNode f = funding.addObject();
            f.put("id", derived(id, "funding", line.source().name()).toString());
            f.put("service_id", id);
            f.put("source", FundingText.of(line));
        }
        ArrayNode attributes = node.putArray("attributes");
        attribute(attributes, id, TandemAttribute.CLIENT_GROUP, s.clientGroup().name(), s.clientGroup().label(),
                derived("client-group", s.clientGroup().name()));
        for (NeedAddressed need : s.needsAddressed()) {
            attribute(attributes, id, TandemAttribute.NEED_ADDRESSED, need.id().toString(), need.title(), need.id());
        }
        for (int i = 0; i < s.outcomesClaimed().size(); i++) {
            String outcome = s.outcomesClaimed().get(i);
            attribute(attributes, id, TandemAttribute.OUTCOME_CLAIMED, outcome, outcome,
                    derived(id, "outcome", Integer.toString(i)));
        }
        LocalDate ends = s.contractEndsOn();
        if (ends != null) {
            attribute(attributes, id, TandemAttribute.CONTRACT_END_DATE, ends.toString(), ends.toString(),
                    derived(id, "ends"));
        }
        if (s.peopleReachedPerYear() != null) {
            String reach = s.peopleReachedPerYear().toString();
            attribute(attributes, id, TandemAttribute.PEOPLE_REACHED_PER_YEAR, reach, reach, derived(id, "reach"));
        }
        if (s.overlapsAndGaps() != null) {
            attribute(attributes, id, TandemAttribute.OVERLAPS_AND_GAPS, s.overlapsAndGaps(), s.overlapsAndGaps(),
                    derived(id, "overlaps"));
        }
        return node;
    }

    /** A provider on Tandem is its organisation; any other is known by its name within the baseline. */
    static UUID providerId(FundedService s) {
        return s.providerOrganisationId() != null ? s.providerOrganisationId()
                : derived(s.organisationId().toString(), "provider",
                        s.providerName().toLowerCase(java.util.Locale.ROOT));
    }

    private void area(ArrayNode areas, String serviceId, String name, String text) {
        ObjectNode area = areas.addObject();
        area.put("id", derived(serviceId, "area", name).toString());
        area.put("service_id", serviceId);
        area.put("name", name);
        area.put("service_area", text);
    }

    private void attribute(ArrayNode attributes, String serviceId, TandemAttribute kind, String term, String name,
                           UUID termId) {
        ObjectNode attribute = attributes.addObject();
        attribute.put("id", derived(serviceId, "attribute", kind.linkType(), termId.toString()).toString());
        attribute.put("link_id", serviceId);
        attribute.put("taxonomy_term_id", termId.toString());
        attribute.put("link_type", kind.linkType());
        ObjectNode taxonomyTerm = attribute.putObject("taxonomy_term");
        taxonomyTerm.put("id", termId.toString());
        taxonomyTerm.put("name", name);
        taxonomyTerm.put("description", kind.description());
        taxonomyTerm.put("taxonomy", kind.taxonomy());
        taxonomyTerm.put("term", term);
    }

    static UUID derived(String... parts) {
        return UUID.nameUUIDFromBytes(("tandem:" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8));
    }
}
