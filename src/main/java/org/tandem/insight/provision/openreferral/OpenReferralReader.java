package org.tandem.insight.provision.openreferral;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.tandem.insight.needs.Need;
import org.tandem.insight.provision.FundingLine;
import org.tandem.insight.provision.ProvisionService.ImportedService;
import org.tandem.insight.provision.ServiceChecks;
import org.tandem.insight.provision.ServiceInput;
import org.tandem.insight.wards.Ward;
import tools.jackson.databind.JsonNode;
import org.tandem.platform.FormValues;

/**
 * Reads one Open Referral UK service (already checked against the schema) as a funded service of the importing
 * organisation. Wards are matched by name or code, needs by id or title, the provider by its id on Tandem; anything
 * that does not match is a problem at its JSON pointer, never dropped and never guessed.
 */
final class OpenReferralReader {

    /** What the importing organisation has, for matching names and ids in the file. */
    record Context(Map<String, Ward> wardsByKey, Map<String, Need> needsByKey, Set<UUID> providerIds) {

        static Context of(List<Ward> wards, List<Need> needs, Set<UUID> providerIds) {
            Map<String, Ward> byWard = new HashMap<>();
            wards.forEach(w -> {
                byWard.put(key(w.name()), w);
                byWard.put(key(w.code()), w);
            });
            Map<String, Need> byNeed = new HashMap<>();
            needs.forEach(n -> {
                byNeed.put(key(n.title()), n);
                byNeed.put(n.id().toString(), n);
            });
            return new Context(byWard, byNeed, Set.copyOf(providerIds));
        }
    }

    /** Where each of the checks' fields lives in an Open Referral service. */
    private static final Map<String, String> FIELD_POINTERS = Map.ofEntries(
            Map.entry("name", "/name"), Map.entry("description", "/description"),
            Map.entry("providerOrganisationId", "/organization/id"), Map.entry("providerName", "/organization/name"),
            Map.entry("clientGroup", "/attributes"), Map.entry("boroughWide", "/service_areas"),
            Map.entry("wardIds", "/service_areas"), Map.entry("funding", "/funding"),
            Map.entry("peopleReachedPerYear", "/attributes"), Map.entry("outcomesClaimed", "/attributes"),
            Map.entry("overlapsAndGaps", "/attributes"), Map.entry("needIds", "/attributes"));

    private OpenReferralReader() {
    }

    static Optional<ImportedService> read(JsonNode s, String at, Context context, List<OpenReferralProblem> problems) {
        int before = problems.size();
        UUID id = FormValues.uuid(text(s, "id"));
        JsonNode organization = s.get("organization");
        String providerId = null;
        String providerName = null;
        if (organization == null || !organization.isObject()) {
            problems.add(OpenReferralProblem.at(at, "'organization' is missing: say who provides the service"));
        } else {
            UUID onTandem = FormValues.uuid(text(organization, "id"));
            providerId = onTandem != null && context.providerIds().contains(onTandem) ? onTandem.toString() : null;
            providerName = text(organization, "name");
        }

        Boolean boroughWide = null;
        List<String> wardIds = new ArrayList<>();
        JsonNode areas = s.get("service_areas");
        if (areas == null || areas.isEmpty()) {
            problems.add(OpenReferralProblem.at(at, "'service_areas' is missing: name the wards the service works "
                    + "in, or give one area named '" + OpenReferralWriter.BOROUGH_WIDE + "'"));
        } else {
            for (int i = 0; i < areas.size(); i++) {
                String name = text(areas.get(i), "name");
                if (name == null) {
                    name = text(areas.get(i), "service_area");
                }
                if (name != null && key(name).equals(key(OpenReferralWriter.BOROUGH_WIDE))) {
                    boroughWide = Boolean.TRUE;
                } else if (name != null && context.wardsByKey().containsKey(key(name))) {
                    wardIds.add(context.wardsByKey().get(key(name)).id().toString());
                    boroughWide = boroughWide == null ? Boolean.FALSE : boroughWide;
                } else {
                    problems.add(OpenReferralProblem.at(at + "/service_areas/" + i + "/name", (name == null
                            ? "is missing" : "'" + shorten(name) + "' is not one of your wards")
                            + ": use a ward's name or code, or '" + OpenReferralWriter.BOROUGH_WIDE + "'"));
                }
            }
        }

        List<ServiceInput.Funding> funding = new ArrayList<>();
        JsonNode lines = s.get("funding");
        for (int i = 0; lines != null && i < lines.size(); i++) {
            Optional<FundingLine> line = FundingText.read(text(lines.get(i), "source"));
            if (line.isPresent()) {
                funding.add(new ServiceInput.Funding(line.get().source().name(), line.get().annualAmount().plain()));
            } else {
                problems.add(OpenReferralProblem.at(at + "/funding/" + i + "/source", FundingText.expected()));
            }
        }

        String clientGroup = null;
        LocalDate ends = null;
        String reach = null;
        String overlaps = null;
        List<String> outcomes = new ArrayList<>();
        List<String> needIds = new ArrayList<>();
        JsonNode attributes = s.get("attributes");
        for (int i = 0; attributes != null && i < attributes.size(); i++) {
            JsonNode attribute = attributes.get(i);
            Optional<TandemAttribute> kind = TandemAttribute.byLinkType(text(attribute, "link_type"));
            if (kind.isEmpty()) {
                continue;
            }
            JsonNode term = attribute.get("taxonomy_term");
            String where = at + "/attributes/" + i + "/taxonomy_term";
            String value = term == null ? null : text(term, "term") != null ? text(term, "term") : text(term, "name");
            if (value == null) {
                problems.add(OpenReferralProblem.at(where, "is missing: a " + kind.get().linkType()
                        + " attribute needs a taxonomy term with its value"));
                continue;
            }
            switch (kind.get()) {
                case CLIENT_GROUP -> clientGroup = value;
                case NEED_ADDRESSED -> {
                    Need need = context.needsByKey().get(value.strip());
                    need = need != null ? need : context.needsByKey().get(key(value));
                    need = need != null || text(term, "name") == null ? need
                            : context.needsByKey().get(key(text(term, "name")));
                    if (need == null) {
                        problems.add(OpenReferralProblem.at(where + "/name", "'" + shorten(text(term, "name") != null
                                ? text(term, "name") : value) + "' is not one of your needs: record it in the needs "
                                + "assessment first, or leave this attribute out"));
                    } else {
                        needIds.add(need.id().toString());
                    }
                }
                case OUTCOME_CLAIMED -> outcomes.add(value);
                case CONTRACT_END_DATE -> {
                    try {
                        ends = LocalDate.parse(value.strip());
                    } catch (DateTimeException e) {
                        problems.add(OpenReferralProblem.at(where + "/term", "'" + shorten(value)
                                + "' is not a real date; write it like 2027-03-31"));
                    }
                }
                case PEOPLE_REACHED_PER_YEAR -> reach = value;
                case OVERLAPS_AND_GAPS -> overlaps = value;
            }
        }
        if (clientGroup == null) {
            problems.add(OpenReferralProblem.at(at + "/attributes", "has no client_group attribute: Tandem needs to "
                    + "know who the service is for"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        ServiceInput input = new ServiceInput(text(s, "name"), text(s, "description"), providerId, providerName,
                clientGroup, boroughWide, wardIds, funding, ends, reach, outcomes, overlaps, needIds);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "service");
        ServiceChecks.check(input, errors, ServiceChecks.Fields.API);
        for (FieldError error : errors.getFieldErrors()) {
            problems.add(OpenReferralProblem.at(at + FIELD_POINTERS.getOrDefault(error.getField(), ""),
                    error.getDefaultMessage()));
        }
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(new ImportedService(id, ServiceChecks.draft(input)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() || value.asString().isBlank() ? null
                : value.asString();
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
