package org.tandem.insight.assets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residents offer what they do already (seed 002) through a public form, with their consent recorded; nothing they
 * send is public until an officer has checked it, and only if they agreed to be listed.
 */
class PledgesTest extends AssetSteps {

    /** The public form filled in as a resident would, with every agreement ticked, then changed by {@code changes}. */
    private static MockHttpServletRequestBuilder pledge(Place place, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "PEOPLE");
        fields.put("name", "Saturday bike repairs");
        fields.put("offers", "I teach young people to fix their own bikes");
        fields.put("whenAvailable", "Saturday mornings, 10 till 12");
        fields.put("yourName", "Ken Walsh");
        fields.put("email", "ken@example.com");
        fields.put("homepage", "");
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(place.directory() + "/pledge").with(csrf());
        fields.forEach((field, value) -> {
            if (value != null) {
                request.param(field, value);
            }
        });
        if (!changes.containsKey("agreements")) {
            request.param("agreements", "CONTACT", "LISTING", "SHOW_CONTACT");
        }
        return request;
    }

    private long pledgeCount(UUID organisationId) {
        return jdbc.sql("select count(*) from asset_pledge where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
    }

    private Pledge onlyPledge(Place place) {
        return pledges.list(place.organisationId(), null, null, new org.tandem.platform.PageRequest(1, 25))
                .items().getFirst();
    }

    @Test
    void aResidentsPledgeIsRecordedWithTheWordsTheyAgreedToAndWaitsForReview() throws Exception {
        Place place = newPlace();
        mvc.perform(pledge(place, Map.of("wardId", place.eastfield().toString(), "postcode", "mb2 4hf")))
                .andExpect(redirectedUrl(place.directory() + "/pledge/thank-you"));
        Pledge pledge = onlyPledge(place);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.WAITING);
        assertThat(pledge.postcode()).isEqualTo("MB2 4HF");
        assertThat(pledge.consent().contact()).isTrue();
        assertThat(pledge.consent().listing()).isTrue();
        assertThat(pledge.consent().showContact()).isTrue();
        assertThat(pledge.consent().version()).isEqualTo(PledgeConsent.VERSION);
        assertThat(pledge.consent().at()).isNotNull();
        assertThat(pledge.consent().wording()).isEqualTo(String.join("\n",
                PledgeConsent.contactSentence(place.name()), PledgeConsent.listingSentence(place.name()),
                PledgeConsent.showContactSentence(place.name())));
        assertThat(pledge.consent().wording()).startsWith(place.name() + " may contact me about my offer");
        assertThat(auditEvents(place.organisationId(), "asset-pledge.received")).isEqualTo(1);
        // Not public yet, anywhere.
        mvc.perform(get(place.directory()).param("q", "bike"))
                .andExpect(content().string(containsString("No results match your search")));
        assertThat(assetCount(place.organisationId())).isZero();
        mvc.perform(get(place.directory() + "/pledge/thank-you"))
                .andExpect(content().string(containsString("will not appear in the directory until")));
    }

    @Test
    void oneConnectionSendingOfferAfterOfferIsAskedToWaitAndLosesNothingItTyped() throws Exception {
        Place place = newPlace();
        for (int offer = 1; offer <= 10; offer++) {
            mvc.perform(pledge(place, Map.of("name", "Offer " + offer)).with(from("198.51.100.20")))
                    .andExpect(redirectedUrl(place.directory() + "/pledge/thank-you"));
        }
        mvc.perform(pledge(place, Map.of("name", "Offer eleven")).with(from("198.51.100.20")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Many offers have been sent from your connection in the "
                        + "last hour, so we cannot take another just now. Try again after")))
                .andExpect(content().string(containsString("value=\"Offer eleven\"")));
        assertThat(pledgeCount(place.organisationId())).isEqualTo(10);
        // Another connection, or the same one to another council's directory, carries on.
        mvc.perform(pledge(place, Map.of("name", "From the library")).with(from("198.51.100.21")))
                .andExpect(redirectedUrl(place.directory() + "/pledge/thank-you"));
        Place elsewhere = newPlace();
        mvc.perform(pledge(elsewhere, Map.of()).with(from("198.51.100.20")))
                .andExpect(redirectedUrl(elsewhere.directory() + "/pledge/thank-you"));
        assertThat(pledgeCount(place.organisationId())).isEqualTo(11);
    }

    @Test
    void agreeingToBeContactedIsRequiredAndNothingIsKeptWithoutIt() throws Exception {
        Place place = newPlace();
        mvc.perform(pledge(place, Map.of("agreements", "LISTING")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Offer something")))
                .andExpect(content().string(containsString("Agree that we may contact you about your offer")))
                .andExpect(content().string(containsString("value=\"Saturday bike repairs\"")));
        mvc.perform(pledge(place, Map.of("agreements", "CONTACT,SHOW_CONTACT")))
                .andExpect(content().string(containsString("Your details can only be shown if your offer is listed")));
        mvc.perform(post(place.directory() + "/pledge").with(csrf()).param("name", "Nothing else"))
                .andExpect(content().string(containsString("Select what kind of thing you are offering")))
                .andExpect(content().string(containsString("Tell us what you offer")))
                .andExpect(content().string(containsString("Enter your name")))
                .andExpect(content().string(containsString("Enter an email address or a phone number")))
                .andExpect(content().string(containsString("Agree that we may contact you")));
        assertThat(pledgeCount(place.organisationId())).isZero();
    }

    @Test
    void theFormIsProtectedFromRobotsForgeriesAndHostileInput() throws Exception {
        Place place = newPlace();
        // A robot fills in every field, including the one people never see: it is thanked, and nothing is kept.
        mvc.perform(pledge(place, Map.of("homepage", "http://spam.example")))
                .andExpect(redirectedUrl(place.directory() + "/pledge/thank-you"));
        // A form posted from another site carries no CSRF token.
        mvc.perform(post(place.directory() + "/pledge").param("name", "Forged").param("type", "PEOPLE"))
                .andExpect(status().isForbidden());
        mvc.perform(pledge(place, Map.of("name", "x".repeat(5000), "offers", "y".repeat(50_000),
                        "whenAvailable", "z".repeat(501), "email", "ken@", "phone", "12", "postcode", "nowhere",
                        "wardId", UUID.randomUUID().toString())))
                .andExpect(content().string(containsString("Name must be 200 characters or fewer")))
                .andExpect(content().string(containsString("What you offer must be 4000 characters or fewer")))
                .andExpect(content().string(containsString("When must be 500 characters or fewer")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Enter a phone number")))
                .andExpect(content().string(containsString("Enter a real UK postcode")));
        assertThat(pledgeCount(place.organisationId())).isZero();
        mvc.perform(pledge(place, Map.of("wardId", UUID.randomUUID().toString())))
                .andExpect(content().string(containsString("Select a ward from the list")));
        assertThat(pledgeCount(place.organisationId())).isZero();

        String script = "<script>alert('pledge')</script>";
        mvc.perform(pledge(place, Map.of("name", script, "yourName", "Bobby'); DROP TABLE asset_pledge;--")))
                .andExpect(status().is3xxRedirection());
        Pledge stored = onlyPledge(place);
        assertThat(stored.name()).isEqualTo(script);
        assertThat(stored.pledgerName()).isEqualTo("Bobby'); DROP TABLE asset_pledge;--");
        mvc.perform(get(place.pages() + "/pledges/" + stored.id()).with(as(place.officer())))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")));
    }

    @Test
    void anOfficerPublishesAPledgeAsAnAssetWithOnlyTheDetailsTheResidentAgreedToShow() throws Exception {
        Place place = newPlace();
        mvc.perform(pledge(place, Map.of("agreements", "CONTACT,LISTING", "phone", "07700 900 461")));
        Pledge pledge = onlyPledge(place);
        mvc.perform(get(place.pages() + "/pledges").with(as(place.officer())))
                .andExpect(content().string(containsString("Saturday bike repairs")))
                .andExpect(content().string(containsString("Waiting for review")));
        mvc.perform(get(place.pages() + "/pledges/" + pledge.id()).with(as(place.officer())))
                .andExpect(content().string(containsString(PledgeConsent.listingSentence(place.name()))))
                .andExpect(content().string(containsString("Their own name and contact details are not to be shown")));
        mvc.perform(post(place.pages() + "/pledges/" + pledge.id() + "/review").with(csrf()).with(as(place.officer()))
                        .param("decision", "PUBLISH").param("note", "Checked by phone").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        Pledge reviewed = pledges.view(place.organisationId(), pledge.id());
        assertThat(reviewed.status()).isEqualTo(PledgeStatus.PUBLISHED);
        assertThat(reviewed.reviewNote()).isEqualTo("Checked by phone");
        CommunityAsset asset = assets.published(place.organisationId(), reviewed.assetId());
        assertThat(asset.contact().isEmpty()).as("no permission to show Ken's details").isTrue();
        assertThat(asset.openingTimes().notes()).isEqualTo("Saturday mornings, 10 till 12");
        mvc.perform(get(place.directory() + "/" + asset.id()))
                .andExpect(content().string(containsString("Saturday bike repairs")))
                .andExpect(content().string(not(containsString("ken@example.com"))))
                .andExpect(content().string(not(containsString("07700 900 461"))));
        mvc.perform(get(place.pages() + "/" + asset.id()).with(as(place.officer())))
                .andExpect(content().string(containsString("Offered by a resident through the public directory")));
        assertThat(auditEvents(place.organisationId(), "asset-pledge.reviewed")).isEqualTo(1);

        // Reviewed once only: a second decision from a stale page is refused.
        mvc.perform(post(place.pages() + "/pledges/" + pledge.id() + "/review").with(csrf()).with(as(place.commissioner()))
                        .param("decision", "DECLINE").param("note", "Too late").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This pledge has already been reviewed")));
        assertThat(pledges.view(place.organisationId(), pledge.id()).status()).isEqualTo(PledgeStatus.PUBLISHED);
    }

    @Test
    void aPledgeIsNeverPublishedWithoutConsentToBeListedAndDecliningNeedsAReason() throws Exception {
        Place place = newPlace();
        mvc.perform(pledge(place, Map.of("agreements", "CONTACT")));
        Pledge pledge = onlyPledge(place);
        String review = place.pages() + "/pledges/" + pledge.id() + "/review";
        mvc.perform(get(place.pages() + "/pledges/" + pledge.id()).with(as(place.officer())))
                .andExpect(content().string(containsString("did <strong>not</strong> agree to be listed")))
                .andExpect(content().string(not(containsString("value=\"PUBLISH\""))));
        mvc.perform(post(review).with(csrf()).with(as(place.officer())).param("decision", "PUBLISH")
                        .param("version", "0"))
                .andExpect(content().string(containsString("did not agree to be listed in the public directory")));
        mvc.perform(post(review).with(csrf()).with(as(place.officer())).param("decision", "DECLINE")
                        .param("version", "0"))
                .andExpect(content().string(containsString("Enter why the pledge is declined")));
        assertThat(pledges.view(place.organisationId(), pledge.id()).waiting()).isTrue();
        mvc.perform(post(review).with(csrf()).with(as(place.officer())).param("decision", "ADD").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        Pledge added = pledges.view(place.organisationId(), pledge.id());
        assertThat(added.status()).isEqualTo(PledgeStatus.ADDED);
        assertThat(assets.view(place.organisationId(), added.assetId()).published()).isFalse();
        mvc.perform(get(place.directory() + "/" + added.assetId())).andExpect(status().isNotFound());
    }

    @Test
    void pledgesAreForCommissionersAndOfficersOfTheOrganisationOnly() throws Exception {
        Place place = newPlace();
        Place elsewhere = newPlace();
        mvc.perform(pledge(elsewhere, Map.of()));
        Pledge theirs = onlyPledge(elsewhere);
        mvc.perform(get(place.pages() + "/pledges").with(as(place.citizen()))).andExpect(status().isForbidden());
        mvc.perform(get(place.pages() + "/pledges/" + theirs.id()).with(as(place.officer())))
                .andExpect(status().isNotFound());
        mvc.perform(post(place.pages() + "/pledges/" + theirs.id() + "/review").with(csrf()).with(as(place.officer()))
                .param("decision", "PUBLISH").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get(elsewhere.pages() + "/pledges/" + theirs.id()).with(as(place.officer())))
                .andExpect(status().isNotFound());
        assertThat(pledges.view(elsewhere.organisationId(), theirs.id()).waiting()).isTrue();
    }
}
