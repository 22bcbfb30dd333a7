package org.tandem.outcomes.contributions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.contributions.internal.Contributing.Target;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionCall;
import org.tandem.outcomes.contributions.internal.Visibility;
import org.tandem.platform.ConflictException;
import org.tandem.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anyone with the public link contributes without signing in, only while it is open publicly; what they send waits
 * for a moderator, who can hide abuse with a reason that goes into the audit log; a locked version takes nothing.
 */
class PublicAndModeratedContributionsTest extends ContributionsTest {

    private static final String SCRIPT = "<script>alert('x')</script>'; drop table outcome; --";

    @BeforeEach
    void open() {
        openFramework();
    }

    @Test
    void thePublicLinkWorksOnlyWhileOpenedPubliclyAndAWrongLinkIsNotFound() throws Exception {
        ContributionCall call = openPublicly();
        String link = "/public/contribute/" + call.publicToken();
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(get("/public/contribute/" + "x".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/public/contribute/' or 1=1 --")).andExpect(status().isNotFound());

        calls.closePublicly(actor(commissioner), council, draft);
        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(post(link).with(csrf()).param("words", "Too late").param("speakingAs", "CARER"))
                .andExpect(status().isNotFound());
        assertThat(contributing.ofVersion(council, draft)).isEmpty();
    }

    @Test
    void aPublicSuggestionIsHeldUntilAModeratorShowsItAndItsContributorCanFollowIt() throws Exception {
        ContributionCall call = openPublicly();
        String link = "/public/contribute/" + call.publicToken();
        String receipt = mvc.perform(post(link).with(csrf()).session(new MockHttpSession())
                        .param("words", SCRIPT).param("speakingAs", "PERSON_USING_SERVICES").param("name", "Sam"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Contribution held = contributing.ofVersion(council, draft).getFirst();
        assertThat(held.visibility()).isEqualTo(Visibility.HELD);
        assertThat(held.words()).isEqualTo(SCRIPT);
        String publicPage = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).doesNotContain("drop table");
        String receiptPage = mvc.perform(get(receipt)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(receiptPage).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");

        decisions.show(actor(commissioner), council, held.id(), held.version());
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
                .contains("&lt;script&gt;").doesNotContain("<script>alert").doesNotContain("Sam");
        String membersPage = mvc.perform(get(base()).with(as(panel))).andReturn().getResponse().getContentAsString();
        assertThat(membersPage).contains("&lt;script&gt;").contains("Sam, through the public link");
    }

    @Test
    void aModeratorHidesAnAbusiveContributionWithAReasonKeptInTheAuditLog() throws Exception {
        ContributionCall call = openPublicly();
        Contribution jo = suggestion("Somewhere to go");
        Contribution abuse = contributing.commentPublicly(call.publicToken(), "browser-1", null,
                ParticipantKind.COMMUNITY_MEMBER, Target.contribution(jo.id()), "You lot are vermin");

        mvc.perform(post(base() + "/" + abuse.id() + "/hide").with(csrf()).with(as(citizen))
                .param("reason", "Abuse").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post(base() + "/" + abuse.id() + "/hide").with(csrf()).with(as(commissioner))
                .param("reason", " ").param("version", "0")).andExpect(status().isOk());
        mvc.perform(post(base() + "/" + abuse.id() + "/hide").with(csrf()).with(as(commissioner))
                .param("reason", "Abusive about young people").param("version", String.valueOf(abuse.version())))
                .andExpect(status().is3xxRedirection());

        Contribution hidden = contributing.find(council, abuse.id());
        assertThat(hidden.visibility()).isEqualTo(Visibility.HIDDEN);
        assertThat(hidden.words()).isEqualTo("You lot are vermin");
        assertThat(jdbc.sql("select after_state from audit_event where organisation_id = ? and action = ?")
                .params(council, "outcomes.contribution-hidden").query(String.class).single())
                .contains("Abusive about young people");
        String citizensView = mvc.perform(get(base() + "/" + jo.id()).with(as(citizen))).andReturn().getResponse()
                .getContentAsString();
        assertThat(citizensView).doesNotContain("vermin");
        mvc.perform(get(base() + "/" + abuse.id()).with(as(citizen))).andExpect(status().isNotFound());
    }

    @Test
    void endorsementsCountOncePerPersonAndOncePerBrowser() {
        ContributionCall call = openPublicly();
        Contribution jo = suggestion("Somewhere to go");

        assertThat(contributing.endorse(demo.person(panel), council, draft, Target.contribution(jo.id()))).isTrue();
        assertThat(contributing.endorse(demo.person(panel), council, draft, Target.contribution(jo.id()))).isFalse();
        assertThat(contributing.endorsePublicly(call.publicToken(), "browser-1", Target.contribution(jo.id())))
                .isTrue();
        assertThat(contributing.endorsePublicly(call.publicToken(), "browser-1", Target.contribution(jo.id())))
                .isFalse();
        assertThat(contributing.find(council, jo.id()).endorsements()).isEqualTo(2);
    }

    @Test
    void oneBrowserCanSendOnlySoManyPublicContributionsAnHour() {
        ContributionCall call = openPublicly();
        for (int i = 0; i < 10; i++) {
            contributing.suggestPublicly(call.publicToken(), "busy-browser", null,
                    ParticipantKind.COMMUNITY_MEMBER, "Idea " + i);
        }
        assertThatThrownBy(() -> contributing.suggestPublicly(call.publicToken(), "busy-browser", null,
                ParticipantKind.COMMUNITY_MEMBER, "One more")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("in the last hour");
        assertThat(contributing.suggestPublicly(call.publicToken(), "another-browser", null,
                ParticipantKind.COMMUNITY_MEMBER, "Mine").words()).isEqualTo("Mine");
    }

    @Test
    void aLockedVersionTakesNoContributionsThroughAnyRoute() throws Exception {
        ContributionCall call = openPublicly();
        Contribution jo = suggestion("Somewhere to go");
        editing.add(actor(commissioner), council, draft, outcome("I feel safe"));
        reviews.send(actor(commissioner), council, framework.id(), 1, group().id());

        assertThatThrownBy(() -> suggestion("Too late")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("review");
        assertThatThrownBy(() -> decisions.mergeIntoNew(actor(commissioner), council, jo.id(), jo.version(), null,
                null, null)).isInstanceOf(ConflictException.class);
        mvc.perform(post(base()).with(csrf()).with(as(citizen)).param("words", "Too late")
                .param("speakingAs", "CARER")).andExpect(status().isConflict());
        mvc.perform(post(base() + "/" + jo.id() + "/endorsement").with(csrf()).with(as(citizen)))
                .andExpect(status().isConflict());
        mvc.perform(post("/public/contribute/" + call.publicToken()).with(csrf()).param("words", "Too late")
                .param("speakingAs", "CARER")).andExpect(status().isNotFound());
        assertThat(contributing.ofVersion(council, draft)).hasSize(1);
    }

    @Test
    void onlyCommissionersOpenForContributionsAndOtherOrganisationsFindNothing() throws Exception {
        mvc.perform(post(base() + "/public-link").with(csrf()).with(as(citizen))).andExpect(status().isForbidden());
        String officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        mvc.perform(post(base() + "/public-link").with(csrf()).with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(post(base() + "/public-link").with(csrf()).with(as(commissioner)))
                .andExpect(status().is3xxRedirection());

        var elsewhere = newOrganisation(org.tandem.platform.OrganisationKind.COMMISSIONING_BODY);
        String outsider = newPerson(elsewhere, Role.COMMISSIONER);
        Contribution jo = suggestion("Somewhere to go");
        mvc.perform(get(base()).with(as(outsider))).andExpect(status().isNotFound());
        String theirs = "/o/" + elsewhere + "/outcomes/" + framework.id() + "/versions/1/contributions/" + jo.id();
        mvc.perform(get(theirs).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(post(theirs + "/hide").with(csrf()).with(as(outsider)).param("reason", "x")
                .param("version", "0")).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRefusedWithASpecificMessageAndChangesNothing() throws Exception {
        String page = mvc.perform(post(base()).with(csrf()).with(as(citizen)).param("words", "x".repeat(1001))
                .param("speakingAs", "CARER")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Your suggestion must be 1,000 characters or fewer");
        String noKind = mvc.perform(post(base()).with(csrf()).with(as(citizen)).param("words", "Hello")
                .param("speakingAs", "NOBODY")).andReturn().getResponse().getContentAsString();
        assertThat(noKind).contains("Select which describes you best");
        assertThat(contributing.ofVersion(council, draft)).isEmpty();
    }
}
