package org.tandem.insight.assets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organisation's asset map: adding, changing, publishing and removing assets, and who may do it. */
class AssetMapTest extends AssetSteps {

    @Autowired
    private CommissionService commissions;

    @Test
    void anOfficerAddsAnAssetWhichIsAuditedButNotYetPublic() throws Exception {
        Place place = newPlace();
        String location = mvc.perform(assetForm(place.pages(), Map.of("wardId", place.eastfield().toString(),
                        "needIds", place.needId().toString(), "openMonday", "10:00-12:00, 18:00-21:00",
                        "website", "eastfieldcc.example", "phone", "01632 960 101"))
                        .with(as(place.officer())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = assetIdNamed(place.organisationId(), "Eastfield Community Centre");
        assertThat(location).isEqualTo(place.pages() + "/" + id);
        mvc.perform(get(location).with(as(place.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("MB5 2QT")))
                .andExpect(content().string(containsString("Eastfield ward")))
                .andExpect(content().string(containsString("10am to midday, 6pm to 9pm")))
                .andExpect(content().string(containsString("https://eastfieldcc.example")))
                .andExpect(content().string(containsString("href=\"tel:01632960101\"")))
                .andExpect(content().string(containsString("Few safe places to meet in the evening")))
                .andExpect(content().string(containsString("Not published")))
                // citizens read the map but do not change it
                .andExpect(content().string(not(containsString("Publish in the public directory"))));
        assertThat(auditEvents(place.organisationId(), "asset.created")).isEqualTo(1);
        mvc.perform(get(place.directory() + "/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void everyMistakeIsExplainedNextToItsFieldAndWhatWasTypedIsKept() throws Exception {
        Place place = newPlace();
        mvc.perform(assetForm(place.pages(), Map.of("type", "SPACESHIP", "name", " ", "postcode", "MB5 2CI",
                        "email", "not-an-email", "phone", "call me", "website", "javascript:alert(1)",
                        "latitude", "52.4", "openTuesday", "mornings", "openWednesday", "9pm to 5am"))
                        .with(as(place.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add an asset")))
                .andExpect(content().string(containsString("Select the type of asset")))
                .andExpect(content().string(containsString("Enter the name of the asset")))
                .andExpect(content().string(containsString("Enter a real UK postcode, like MB5 2QT")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Enter a phone number, like 01632 960 001")))
                .andExpect(content().string(containsString("Enter a web address, like https://www.example.org")))
                .andExpect(content().string(containsString("Enter the longitude as well as the latitude")))
                .andExpect(content().string(containsString("Tuesday must be times like 9am to 12pm")))
                .andExpect(content().string(containsString("Wednesday must open before it closes")))
                .andExpect(content().string(containsString("href=\"#postcode\"")))
                .andExpect(content().string(containsString("value=\"mornings\"")));
        mvc.perform(assetForm(place.pages(), Map.of("latitude", "91", "longitude", "east"))
                        .with(as(place.officer())))
                .andExpect(content().string(containsString("Latitude must be a number of degrees between -90 and 90")))
                .andExpect(content().string(containsString("Longitude must be a number of degrees between -180 and 180")));
        assertThat(assetCount(place.organisationId())).isZero();
    }

    @Test
    void wardsAndNeedsMustBeTheOrganisationsOwn() throws Exception {
        Place place = newPlace();
        Place elsewhere = newPlace();
        mvc.perform(assetForm(place.pages(), Map.of("wardId", elsewhere.eastfield().toString()))
                        .with(as(place.officer())))
                .andExpect(content().string(containsString("Select a ward from the list")));
        mvc.perform(assetForm(place.pages(), Map.of("needIds", elsewhere.needId().toString()))
                        .with(as(place.officer())))
                .andExpect(content().string(containsString("Select needs from the list")));
        mvc.perform(assetForm(place.pages(), Map.of("wardId", "' or 1=1 --")).with(as(place.officer())))
                .andExpect(content().string(containsString("Select a ward from the list")));
        assertThat(assetCount(place.organisationId())).isZero();
    }

    @Test
    void hostileTextIsStoredAsTypedAndShownHarmlessly() throws Exception {
        Place place = newPlace();
        String script = "<script>alert('asset')</script>";
        String sql = "Robert'); DROP TABLE community_asset;--";
        mvc.perform(assetForm(place.pages(), Map.of("name", script, "offers", sql + "\u0000 and more"))
                        .with(as(place.officer())))
                .andExpect(status().is3xxRedirection());
        UUID id = assetIdNamed(place.organisationId(), script);
        assertThat(jdbc.sql("select offers from community_asset where id = ?").param(id).query(String.class).single())
                .isEqualTo(sql + " and more");
        mvc.perform(get(place.pages() + "/" + id).with(as(place.officer())))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")));
        mvc.perform(get(place.pages()).param("q", script).with(as(place.officer())))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 assets")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(assetForm(place.pages(), Map.of("name", "x".repeat(10_000), "offers", "y".repeat(5000),
                        "openingNotes", "z".repeat(600))).with(as(place.officer())))
                .andExpect(content().string(containsString("Name must be 200 characters or fewer")))
                .andExpect(content().string(containsString("What it offers must be 4000 characters or fewer")))
                .andExpect(content().string(containsString("Notes about opening times must be 500 characters or fewer")));
        assertThat(assetCount(place.organisationId())).isEqualTo(1);
    }

    @Test
    void twoPeopleEditingAtOnceDoNotOverwriteEachOther() throws Exception {
        Place place = newPlace();
        CommunityAsset asset = asset(place, "Canal Side allotments", AssetType.PHYSICAL, null, false, null, Set.of());
        String path = place.pages() + "/" + asset.id();
        mvc.perform(assetForm(path, Map.of("name", "First save", "version", "0")).with(as(place.officer())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(assetForm(path, Map.of("name", "Second save from a stale page", "version", "0"))
                        .with(as(place.commissioner())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this asset")))
                .andExpect(content().string(containsString("Second save from a stale page")));
        assertThat(assets.view(place.organisationId(), asset.id()).name()).isEqualTo("First save");
    }

    @Test
    void publishingPutsAnAssetInTheDirectoryAndTakingItOutRemovesIt() throws Exception {
        Place place = newPlace();
        CommunityAsset asset = asset(place, "Hilltop skate park", AssetType.PHYSICAL, null, false, null, Set.of());
        String path = place.pages() + "/" + asset.id();
        mvc.perform(post(path + "/publication").with(csrf()).with(as(place.officer()))
                        .param("published", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(place.directory() + "/" + asset.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hilltop skate park")));
        // A page loaded before publishing is out of date: its button does nothing twice.
        mvc.perform(post(path + "/publication").with(csrf()).with(as(place.officer()))
                        .param("published", "true").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is already published")));
        mvc.perform(post(path + "/publication").with(csrf()).with(as(place.commissioner()))
                        .param("published", "false").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(place.directory() + "/" + asset.id())).andExpect(status().isNotFound());
        assertThat(auditEvents(place.organisationId(), "asset.published")).isEqualTo(1);
        assertThat(auditEvents(place.organisationId(), "asset.unpublished")).isEqualTo(1);
    }

    @Test
    void removingAnAssetAsksFirstAndIsAudited() throws Exception {
        Place place = newPlace();
        CommunityAsset asset = asset(place, "Old scout hut", AssetType.PHYSICAL, null, true, null,
                Set.of(place.needId()));
        String path = place.pages() + "/" + asset.id();
        mvc.perform(get(path + "/remove").with(as(place.officer())))
                .andExpect(content().string(containsString("Remove Old scout hut from the asset map?")));
        mvc.perform(post(path + "/remove").with(csrf()).with(as(place.officer())))
                .andExpect(status().is3xxRedirection());
        assertThat(assetCount(place.organisationId())).isZero();
        assertThat(auditEvents(place.organisationId(), "asset.removed")).isEqualTo(1);
        mvc.perform(get(path).with(as(place.officer()))).andExpect(status().isNotFound());
    }

    @Test
    void onlyCommissionersAndOfficersChangeTheMapAndOutsidersFindNothing() throws Exception {
        Place place = newPlace();
        Place elsewhere = newPlace();
        CommunityAsset theirs = asset(elsewhere, "Their hall", AssetType.PHYSICAL, null, true, null, Set.of());
        mvc.perform(assetForm(place.pages(), Map.of()).with(as(place.citizen()))).andExpect(status().isForbidden());
        mvc.perform(assetForm(place.pages(), Map.of()).with(as(elsewhere.officer()))).andExpect(status().isNotFound());
        mvc.perform(assetForm(place.pages(), Map.of()).with(csrf().useInvalidToken()).with(as(place.officer())))
                .andExpect(status().isForbidden());
        // Another organisation's asset named under your own organisation does not exist for you.
        for (String path : new String[] {"", "/edit", "/remove"}) {
            mvc.perform(get(place.pages() + "/" + theirs.id() + path).with(as(place.officer())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(place.pages() + "/" + theirs.id() + "/publication").with(csrf()).with(as(place.officer()))
                .param("published", "false").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post(place.pages() + "/" + theirs.id() + "/remove").with(csrf()).with(as(place.officer())))
                .andExpect(status().isNotFound());
        assertThat(assets.view(elsewhere.organisationId(), theirs.id()).published()).isTrue();
        assertThat(assetCount(place.organisationId())).isZero();
    }

    @Test
    void theListSearchesEveryWordAndFiltersByTypeWardNeedDayAndPublication() throws Exception {
        Place place = newPlace();
        asset(place, "Northgate Boxing Club", AssetType.ASSOCIATIONS, place.northgate(), true, DayOfWeek.MONDAY,
                Set.of(place.needId()));
        asset(place, "Eastfield Boxing Gym", AssetType.ORGANISATIONS, place.eastfield(), false, DayOfWeek.SATURDAY,
                Set.of());
        asset(place, "Eastfield allotments", AssetType.PHYSICAL, place.eastfield(), true, null, Set.of());
        String list = place.pages();
        mvc.perform(get(list).param("q", "boxing NORTHGATE").with(as(place.citizen())))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 assets")))
                .andExpect(content().string(containsString("Northgate Boxing Club")));
        mvc.perform(get(list).param("ward", place.eastfield().toString()).with(as(place.citizen())))
                .andExpect(content().string(containsString("Showing 1 to 2 of 2 assets")));
        mvc.perform(get(list).param("type", "PHYSICAL").with(as(place.citizen())))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 assets")))
                .andExpect(content().string(containsString("Eastfield allotments")));
        mvc.perform(get(list).param("need", place.needId().toString()).with(as(place.citizen())))
                .andExpect(content().string(containsString("Northgate Boxing Club")))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 assets")));
        mvc.perform(get(list).param("day", "SATURDAY").with(as(place.citizen())))
                .andExpect(content().string(containsString("Eastfield Boxing Gym")))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 assets")));
        mvc.perform(get(list).param("published", "no").with(as(place.citizen())))
                .andExpect(content().string(containsString("Eastfield Boxing Gym")))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 assets")));
        mvc.perform(get(list).param("sort", "'; drop table community_asset; --").param("page", "-3")
                        .param("ward", "not-a-ward").param("q", "100%_\u0000' or 1=1 --").with(as(place.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No assets match your search")));
    }

    @Test
    void theListIsPagedTwentyFiveAtATime() throws Exception {
        Place place = newPlace();
        for (int i = 1; i <= 27; i++) {
            asset(place, String.format("Asset %02d", i), AssetType.PEOPLE, null, false, null, Set.of());
        }
        mvc.perform(get(place.pages()).with(as(place.citizen())))
                .andExpect(content().string(containsString("Showing 1 to 25 of 27 assets")))
                .andExpect(content().string(containsString("Asset 25")))
                .andExpect(content().string(not(containsString("Asset 26"))));
        mvc.perform(get(place.pages()).param("page", "2").with(as(place.citizen())))
                .andExpect(content().string(containsString("Showing 26 to 27 of 27 assets")));
    }

    @Test
    void theCommissionPageListsTheAssetMapForTheLeadOrganisation() throws Exception {
        Place place = newPlace();
        asset(place, "Hall", AssetType.PHYSICAL, null, true, null, Set.of());
        asset(place, "Choir", AssetType.CULTURAL, null, false, null, Set.of());
        UUID commission = commissions.createAs(Actor.TANDEM, place.organisationId(), new CommissionDraft(
                unique("Youth services"), null, ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, CommissioningLevel.OPERATIONAL,
                Money.pounds("1000.00"), LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), Set.of())).id();
        mvc.perform(get("/o/" + place.organisationId() + "/commissions/" + commission).with(as(place.officer())))
                .andExpect(content().string(containsString("2 community assets, 1 of them in the public directory")));
        // The demo's partner sees the commission but not the council's asset map.
        mvc.perform(get("/o/" + demo.organisation(Demo.ICB) + "/commissions/" + demo.youthCommission())
                        .with(as(Demo.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("of them in the public directory"))));
    }

    @Test
    void theWardTableCountsAssetsByWardAndType() throws Exception {
        Place place = newPlace();
        asset(place, "Hall", AssetType.PHYSICAL, place.eastfield(), true, null, Set.of());
        asset(place, "Park", AssetType.PHYSICAL, place.eastfield(), false, null, Set.of());
        asset(place, "Choir", AssetType.CULTURAL, null, true, null, Set.of());
        String page = mvc.perform(get(place.pages() + "/wards").with(as(place.citizen())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2 physical spaces").contains("No ward given").contains("1 cultural and heritage assets")
                .contains("None yet");
        String open = mvc.perform(get(place.directory() + "/wards")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(open).contains("1 physical spaces").doesNotContain("2 physical spaces");
    }
}
