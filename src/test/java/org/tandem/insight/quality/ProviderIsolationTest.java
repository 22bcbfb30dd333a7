package org.tandem.insight.quality;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.PageRequest;
import org.tandem.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider sees the results of its own services, and only once the commissioner has shared them; it responds in
 * writing, and the commissioner reads the response beside the decision. It never sees another provider's results.
 */
class ProviderIsolationTest extends QualityTest {

    @Test
    void nothingIsSeenBeforeResultsAreSharedEvenWhenDecided() throws Exception {
        World w = world();
        Staged s = moderation(w);
        results.decide(w.commissioner().viewer(), w.commission(), s.round().id(), w.clubs(),
                new org.tandem.insight.quality.DecisionDraft(Rating.GREEN, null, null));
        assertThat(providerResults.list(provider(w), PageRequest.of(1, 25)).total()).isZero();
        UUID decision = decisionOn(s, w.clubs());
        mvc.perform(get(results(w.provider()) + "/" + decision).with(as(w.providerUser())))
                .andExpect(status().isNotFound());
        mvc.perform(get(results(w.provider())).with(as(w.providerUser())))
                .andExpect(content().string(containsString("No results have been shared with you yet")));
    }

    @Test
    void onceSharedAProviderSeesItsOwnServiceOnlyWithoutTheAssessorsNames() throws Exception {
        World w = world();
        Staged s = shared(w);
        String clubs = name(w.clubs());
        String sport = name(w.sport());
        mvc.perform(get(results(w.provider())).with(as(w.providerUser())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(clubs)))
                .andExpect(content().string(not(containsString(sport))));
        UUID clubsDecision = decisionOn(s, w.clubs());
        UUID sportDecision = decisionOn(s, w.sport());
        mvc.perform(get(results(w.provider()) + "/" + clubsDecision).with(as(w.providerUser())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Decision: Green")))
                .andExpect(content().string(containsString("Seen on the visit")))
                .andExpect(content().string(not(containsString(w.youngAssessor().viewer().name()))))
                .andExpect(content().string(not(containsString(w.panel().viewer().name()))));
        // the other provider's result is not found, under either provider's pages
        mvc.perform(get(results(w.provider()) + "/" + sportDecision).with(as(w.providerUser())))
                .andExpect(status().isNotFound());
        mvc.perform(get(results(w.otherProvider()) + "/" + clubsDecision).with(as(w.otherProviderUser())))
                .andExpect(status().isNotFound());
        mvc.perform(get(results(w.otherProvider()) + "/" + clubsDecision).with(as(w.providerUser())))
                .andExpect(status().isNotFound());
        mvc.perform(post(results(w.provider()) + "/" + sportDecision + "/responses").with(as(w.providerUser()))
                .with(csrf()).param("body", "Not ours")).andExpect(status().isNotFound());
        // the commissioning organisation's own pages stay closed to the provider
        mvc.perform(get(w.roundPath(s.round())).with(as(w.providerUser()))).andExpect(status().isNotFound());
    }

    @Test
    void aProviderRespondsAndTheCommissionerReadsItBesideTheDecision() throws Exception {
        World w = world();
        Staged s = shared(w);
        UUID decision = decisionOn(s, w.sport());
        String path = results(w.otherProvider()) + "/" + decision;
        mvc.perform(post(path + "/responses").with(as(w.otherProviderUser())).with(csrf()).param("body", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your response")));
        String reply = "<script>alert('reply')</script> We will run sessions under cover in winter.";
        mvc.perform(post(path + "/responses").with(as(w.otherProviderUser())).with(csrf()).param("body", reply))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path).with(as(w.otherProviderUser())))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;reply&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert('reply')"))));
        mvc.perform(get(w.roundPath(s.round()) + "/results").with(as(w.commissioner().email())))
                .andExpect(content().string(containsString("We will run sessions under cover in winter.")));
        assertThat(jdbc.sql("select body from quality_response where decision_id = ?").param(decision)
                .query(String.class).single()).isEqualTo(reply.strip());
        assertThat(auditEvents(w.council(), "quality-response.sent")).isEqualTo(1);
        assertThat(auditEvents(w.otherProvider(), "quality-response.sent")).isEqualTo(1);
        mvc.perform(post(path + "/responses").with(as(w.otherProviderUser())).with(csrf())
                        .param("body", "x".repeat(4001)))
                .andExpect(content().string(containsString("Response must be 4000 characters or fewer")));
    }

    @Test
    void aClosedRoundStillShowsItsResultsButTakesNoMoreResponses() throws Exception {
        World w = world();
        Staged s = shared(w);
        results.decide(w.commissioner().viewer(), w.commission(), s.round().id(), w.centres(),
                new DecisionDraft(Rating.AMBER, null, java.time.LocalDate.now().plusMonths(2)));
        rounds.take(w.commissioner().viewer(), w.commission(), s.round().id(), s.round().version(),
                RoundTransition.CLOSE);
        String path = results(w.provider()) + "/" + decisionOn(s, w.clubs());
        mvc.perform(get(path).with(as(w.providerUser())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no longer takes responses")))
                .andExpect(content().string(not(containsString("Send the response"))));
        mvc.perform(post(path + "/responses").with(as(w.providerUser())).with(csrf()).param("body", "Late"))
                .andExpect(content().string(containsString("The round is closed")));
    }

    private CurrentUser.Membership provider(World w) {
        return new CurrentUser.Membership(w.provider(), "Provider", OrganisationKind.PROVIDER,
                java.util.Set.of(Role.PROVIDER_USER));
    }

    private UUID decisionOn(Staged s, UUID service) {
        return jdbc.sql("select id from quality_decision where round_id = ? and service_id = ?")
                .params(s.round().id(), service).query(UUID.class).single();
    }

    private static String results(UUID provider) {
        return "/o/" + provider + "/quality-results";
    }

    private String name(UUID service) {
        return jdbc.sql("select name from funded_service where id = ?").param(service).query(String.class).single();
    }
}
