package org.tandem.insight.assets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.TenantTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A council of the test's own, with two wards, a need and people in each role that matters here, so a test can add,
 * publish and remove assets without other tests (or the demo story) noticing.
 */
abstract class AssetSteps extends TenantTest {

    @Autowired
    protected AssetService assets;
    @Autowired
    protected PledgeService pledges;
    @Autowired
    private WardRepository wards;
    @Autowired
    private NeedRepository needs;
    @Autowired
    private Clock clock;

    /** The test's council and what is in it. */
    record Place(UUID organisationId, String name, UUID eastfield, UUID northgate, UUID needId, String officer,
                 String commissioner, String citizen) {
        String pages() {
            return "/o/" + organisationId + "/assets";
        }

        String directory() {
            return "/public/o/" + organisationId + "/assets";
        }

        String api() {
            return "/api/v1/organisations/" + organisationId + "/assets";
        }

        String openData() {
            return "/public/api/v1/organisations/" + organisationId;
        }
    }

    protected Place newPlace() {
        String name = unique("Test borough council");
        UUID org = newOrganisation(OrganisationKind.COMMISSIONING_BODY, name);
        UUID eastfield = wards.create(org, "TB05", "Eastfield", clock.instant()).id();
        UUID northgate = wards.create(org, "TB08", "Northgate", clock.instant()).id();
        UUID need = needs.create(org, null, "Few safe places to meet in the evening", null, Priority.HIGH,
                List.of(eastfield), clock.instant()).id();
        return new Place(org, name, eastfield, northgate, need, newPerson(org, Role.COMMISSIONING_OFFICER),
                newPerson(org, Role.COMMISSIONER), newPerson(org, Role.CITIZEN_CO_PRODUCER));
    }

    /** An asset added without the form (the form is tested on its own). */
    protected CommunityAsset asset(Place place, String name, AssetType type, UUID ward, boolean published,
                                   DayOfWeek openOn, Set<UUID> needIds) {
        OpeningTimes times = openOn == null ? OpeningTimes.NONE
                : new OpeningTimes(List.of(new OpeningTimes.Session(openOn, 18 * 60, 21 * 60)), null);
        return assets.createAs(Actor.TANDEM, place.organisationId(), new AssetDraft(type, name,
                "What " + name + " offers", null, Contact.NONE, null, null, ward, times, null, needIds), published);
    }

    protected CommunityAsset located(Place place, String name, String latitude, String longitude) {
        return assets.createAs(Actor.TANDEM, place.organisationId(), new AssetDraft(AssetType.PHYSICAL, name,
                "A place", null, new Contact(null, "01632 960 001", null, "https://example.org"), null, "MB5 2QT",
                place.eastfield(), OpeningTimes.NONE, new Location(new BigDecimal(latitude), new BigDecimal(longitude)),
                Set.of()), true);
    }

    /** The add-an-asset form filled in with good values, then changed by {@code changes}. */
    protected static MockHttpServletRequestBuilder assetForm(String path, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "PHYSICAL");
        fields.put("name", "Eastfield Community Centre");
        fields.put("offers", "A hall for up to 120 people");
        fields.put("postcode", "mb5 2qt");
        fields.put("openFriday", "6pm to 9pm");
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((field, value) -> {
            if (value != null) {
                request.param(field, value);
            }
        });
        return request;
    }

    protected long assetCount(UUID organisationId) {
        return jdbc.sql("select count(*) from community_asset where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
    }

    protected UUID assetIdNamed(UUID organisationId, String name) {
        return jdbc.sql("select id from community_asset where organisation_id = ? and name = ?")
                .params(organisationId, name).query(UUID.class).single();
    }
}
