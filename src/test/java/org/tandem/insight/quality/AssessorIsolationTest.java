package org.tandem.insight.quality;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assessors see only the visits they are on the team for, and the services those visits are to. Every other visit
 * does not exist for them; so does every round they have no visit in.
 */
class AssessorIsolationTest extends QualityTest {

    @Test
    void aYoungAssessorOnOneVisitFindsEveryOtherVisitNotFound() throws Exception {
        World w = world();
        Staged s = visiting(w);
        String jordan = w.youngAssessor().email();
        String visitsPath = w.roundPath(s.round()) + "/visits/";
        mvc.perform(get(visitsPath + s.clubsVisit()).with(as(jordan))).andExpect(status().isOk());
        for (UUID other : List.of(s.sportVisit(), s.centresVisit(), UUID.randomUUID())) {
            mvc.perform(get(visitsPath + other).with(as(jordan))).andExpect(status().isNotFound());
            mvc.perform(post(visitsPath + other).with(as(jordan)).with(csrf()).param("action", "save")
                    .param("version", "0")).andExpect(status().isNotFound());
        }
        assertThatThrownBy(() -> visits.sheet(w.youngAssessor().viewer(), w.commission(), s.round().id(),
                s.sportVisit())).isInstanceOf(NotFoundException.class);
        assertThat(sheetRatings(w, s.sportVisit())).isEmpty();
    }

    @Test
    void theRoundShowsAnAssessorOnlyTheirOwnVisitsAndServices() throws Exception {
        World w = world();
        Staged s = visiting(w);
        String sport = name(w.sport());
        String centres = name(w.centres());
        String clubs = name(w.clubs());
        mvc.perform(get(w.roundPath(s.round())).with(as(w.youngAssessor().email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your visits")))
                .andExpect(content().string(containsString(clubs)))
                .andExpect(content().string(not(containsString(sport))))
                .andExpect(content().string(not(containsString(centres))))
                .andExpect(content().string(not(containsString("Results and decisions"))));
        mvc.perform(get(w.councilPath() + "/quality-visits").with(as(w.otherYoungAssessor().email())))
                .andExpect(content().string(containsString(sport)))
                .andExpect(content().string(not(containsString(clubs))));
        assertThat(rounds.services(w.youngAssessor().viewer(), s.round())).extracting(s2 -> s2.id())
                .containsExactly(w.clubs());
        mvc.perform(get(w.roundPath(s.round()) + "/results").with(as(w.youngAssessor().email())))
                .andExpect(status().isForbidden());
    }

    @Test
    void someoneWithNoVisitInARoundFindsTheRoundNotFoundAndTheListEmpty() throws Exception {
        World w = world();
        Staged s = visiting(w);
        String other = newPerson(w.council(), org.tandem.platform.Role.CITIZEN_CO_PRODUCER);
        mvc.perform(get(w.roundPath(s.round())).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get(w.roundPath(s.round()) + "/visits/" + s.clubsVisit()).with(as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get(w.roundsPath()).with(as(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(s.round().title()))));
        mvc.perform(get(w.roundsPath()).with(as(w.youngAssessor().email())))
                .andExpect(content().string(containsString(s.round().title())));
        mvc.perform(get(w.roundPath(s.round())).with(as(w.finance().email()))).andExpect(status().isNotFound());
    }

    @Test
    void anotherOrganisationsRoundsVisitsAndAreasAreNotFoundUnderYourOwn() throws Exception {
        World w = world();
        Staged s = visiting(w);
        World elsewhere = world();
        String officer = elsewhere.officer().email();
        String theirs = elsewhere.roundsPath() + "/" + s.round().id();
        for (String path : List.of(theirs, theirs + "/visits/" + s.clubsVisit(), theirs + "/results",
                theirs + "/areas/" + s.areas().getFirst().id() + "/edit", theirs + "/visits/new")) {
            mvc.perform(get(path).with(as(officer))).andExpect(status().isNotFound());
        }
        QualityRound mine = draft(elsewhere);
        String mineBase = elsewhere.roundPath(mine);
        mvc.perform(post(mineBase + "/areas/" + s.areas().getFirst().id() + "/remove").with(as(officer))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(mineBase + "/services").with(as(officer)).with(csrf()).param("serviceId",
                w.clubs().toString())).andExpect(status().isNotFound());
        assertThat(rounds.areas(s.round())).hasSize(9);
    }

    private List<AreaRating> sheetRatings(World w, UUID visit) {
        return jdbc.sql("select area_id from quality_rating where visit_id = ?").param(visit).query(UUID.class)
                .list().stream().map(id -> new AreaRating(id, null, null, null)).toList();
    }

    private String name(UUID service) {
        return jdbc.sql("select name from funded_service where id = ?").param(service).query(String.class).single();
    }
}
