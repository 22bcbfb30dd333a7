package org.tandem.prioritisation.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.DemoCast;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.ApiTest;
import tools.jackson.databind.JsonNode;

/** Funded projects through the API: the same rules as the pages, and a public read-only view. */
class ProjectApiTest extends ApiTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ProjectTracking tracking;
    @Autowired
    private DemoProjectUpdates demoUpdates;

    private FundedProjects steps;
    private UUID council;
    private PbProcessView fund;
    private ProposalView lights;
    private String token;
    private String api;

    @BeforeEach
    void fund() {
        steps = new FundedProjects(processes, proposals, events, transactions, jdbc);
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        token = tokenFor(newPerson(council, Role.COMMISSIONING_OFFICER));
        fund = steps.process(council);
        lights = steps.accepted(fund, "Skate park lights", "9800.00", 0);
        api = "/api/v1/organisations/" + council + "/pb-processes/" + fund.id() + "/projects";
    }

    @Test
    void officersListReadAndUpdateProjectsAndBadInputNamesTheProperty() throws Exception {
        steps.publish(fund, lights);
        UUID project = steps.project(fund, 1);
        JsonNode list = body(mvc.perform(get(api).with(bearer(token))).andExpect(status().isOk()).andReturn());
        assertThat(list.get("items").get(0).get("allocated").asString()).isEqualTo("9800.00");
        assertThat(list.get("items").get(0).get("stage").asString()).isEqualTo("NOT_STARTED");

        mvc.perform(post(api + "/" + project + "/updates").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("stage", "COMPLETED", "percentComplete", 90, "version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(body(r).get("errors").get(0).get("field").asString())
                        .isEqualTo("percentComplete"));
        mvc.perform(post(api + "/" + project + "/updates").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("spent", "12.345", "note", "x", "version", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("spent"));
        mvc.perform(post(api + "/" + project + "/updates").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("note", "No version"))))
                .andExpect(status().isBadRequest());
        JsonNode posted = body(mvc.perform(post(api + "/" + project + "/updates").with(bearer(token))
                        .contentType(JSON).content(write(Map.of("stage", "IN_DELIVERY", "percentComplete", 40,
                                "spent", "3900.00", "note", "Lights ordered", "version", 0))))
                .andExpect(status().isCreated()).andReturn());
        assertThat(posted.get("stage").asString()).isEqualTo("IN_DELIVERY");
        assertThat(posted.get("updates").get(0).get("note").asString()).isEqualTo("Lights ordered");
        mvc.perform(post(api + "/" + project + "/updates").with(bearer(token)).contentType(JSON)
                        .content(write(Map.of("note", "Stale", "version", 0))))
                .andExpect(status().isConflict());

        String reader = tokenFor(newPerson(council, Role.PANEL_MEMBER));
        mvc.perform(get(api + "/" + project).with(bearer(reader))).andExpect(status().isOk());
        mvc.perform(post(api + "/" + project + "/updates").with(bearer(reader)).contentType(JSON)
                        .content(write(Map.of("note", "Not mine to post", "version", 1))))
                .andExpect(status().isForbidden());
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String outsider = tokenFor(newPerson(elsewhere, Role.COMMISSIONER));
        mvc.perform(get("/api/v1/organisations/" + elsewhere + "/pb-processes/" + fund.id() + "/projects/" + project)
                .with(bearer(outsider))).andExpect(status().isNotFound());
    }

    @Test
    void anUpdateCanCarryPhotosAndABadPhotoKeepsNothing() throws Exception {
        steps.publish(fund, lights);
        UUID project = steps.project(fund, 1);
        String withPhotos = api + "/" + project + "/updates/with-photos";
        MockMultipartFile update = new MockMultipartFile("update", "", JSON,
                write(Map.of("stage", "IN_DELIVERY", "percentComplete", 60, "note", "Posts are up", "version", 0))
                        .getBytes(StandardCharsets.UTF_8));
        byte[] png = ProjectUpdatesAndPublicPagesTest.png();
        long stored = storedFiles();

        mvc.perform(multipart(withPhotos).file(update)
                        .file(new MockMultipartFile("photo1", "posts.png", "image/png",
                                "only text".getBytes(StandardCharsets.UTF_8))).param("alt1", "Posts")
                        .with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("photo1"));
        mvc.perform(multipart(withPhotos).file(update)
                        .file(new MockMultipartFile("photo2", "posts.png", "image/png", png)).with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("alt2"));
        mvc.perform(multipart(withPhotos).file(new MockMultipartFile("photo1", "posts.png", "image/png", png))
                        .param("alt1", "Posts").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("update"));
        assertThat(storedFiles()).isEqualTo(stored);
        assertThat(tracking.page(council, fund.id(), project).updates()).isEmpty();

        JsonNode posted = body(mvc.perform(multipart(withPhotos).file(update)
                        .file(new MockMultipartFile("photo1", "posts.png", "image/png", png))
                        .param("alt1", "Four lamp posts beside the skate park").with(bearer(token)))
                .andExpect(status().isCreated()).andReturn());
        JsonNode photo = posted.get("updates").get(0).get("photos").get(0);
        assertThat(photo.get("altText").asString()).isEqualTo("Four lamp posts beside the skate park");
        assertThat(photo.get("contentType").asString()).isEqualTo("image/png");
        byte[] served = mvc.perform(get(photo.get("url").asString()).with(bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.equals(served, png)).isTrue();

        String reader = tokenFor(newPerson(council, Role.PANEL_MEMBER));
        mvc.perform(multipart(withPhotos).file(update).with(bearer(reader))).andExpect(status().isForbidden());
    }

    private long storedFiles() {
        return jdbc.sql("select count(*) from stored_file where organisation_id = ?").param(council)
                .query(Long.class).single();
    }

    @Test
    void thePublicApiOpensWhenResultsArePublishedAndNeverShowsHiddenUpdates() throws Exception {
        String open = "/public/api/v1/organisations/" + council + "/pb-processes/" + fund.id() + "/projects";
        mvc.perform(get(open)).andExpect(status().isNotFound());
        steps.publish(fund, lights);
        UUID project = steps.project(fund, 1);
        tracking.post(Actor.TANDEM, council, fund.id(), project, 0, null,
                new ProgressChange(ProjectStage.PLANNING, 10, null, null, "Private remark"), List.of());
        UUID update = jdbc.sql("select id from pb_project_update where project_id = ?").param(project)
                .query(UUID.class).single();
        tracking.hide(council, fund.id(), project, update, "Tom Okafor", "Not for the public");
        JsonNode listed = body(mvc.perform(get(open)).andExpect(status().isOk()).andReturn());
        assertThat(listed.get(0).get("stage").asString()).isEqualTo("PLANNING");
        JsonNode one = body(mvc.perform(get(open + "/" + project)).andExpect(status().isOk()).andReturn());
        assertThat(one.get("updates")).isEmpty();
        assertThat(one.toString()).doesNotContain("Private remark").doesNotContain("Not for the public");
    }

    @Test
    void theDemoGivesEveryFundedProjectAStoryOfTwoOrThreeUpdates() {
        ProposalView football = steps.accepted(fund, "Girls' football sessions", "5200.00", 1);
        ProposalView studio = steps.accepted(fund, "Podcast studio", "7450.00", 1);
        ProposalView wall = steps.accepted(fund, "Graffiti wall", "3000.00", 0);
        DemoCast cast = new DemoCast(Map.of("council", council), Map.of("officer", new Actor(null, "Tom Okafor")));
        demoUpdates.loading(cast);
        demoUpdates.heard(new ResultsPublished(council, fund.id(), fund.title(), List.of(
                new ResultsPublished.FundedProposal(lights.id(), 1, lights.title(), lights.cost()),
                new ResultsPublished.FundedProposal(football.id(), 2, football.title(), football.cost()),
                new ResultsPublished.FundedProposal(studio.id(), 3, studio.title(), studio.cost()),
                new ResultsPublished.FundedProposal(wall.id(), 4, wall.title(), wall.cost())),
                java.time.Instant.now().minus(java.time.Duration.ofDays(200))));
        demoUpdates.on(new org.tandem.commissions.DemoCommissionReady(UUID.randomUUID(), council, cast));

        List<FundedProject> projects = tracking.all(council, fund.id());
        assertThat(projects).extracting(FundedProject::stage).containsExactly(ProjectStage.COMPLETED,
                ProjectStage.IN_DELIVERY, ProjectStage.PROCURING, ProjectStage.ON_HOLD);
        assertThat(projects.getFirst().spent()).isEqualTo(Money.pounds("9506.00"));
        assertThat(projects).allSatisfy(p -> assertThat(tracking.page(council, fund.id(), p.id()).updates())
                .hasSizeBetween(2, 3));
        assertThat(projects.getFirst().deliveredBy()).isEqualTo("Millbrook Council parks team");
    }
}
