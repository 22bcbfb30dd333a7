package org.tandem.prioritisation.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * Officers post updates with photos on a funded project; residents read them, with no sign-in, on the public pages
 * that open when the results are published. Hidden updates leave the public pages but not the audit log.
 */
class ProjectUpdatesAndPublicPagesTest extends TenantTest {

    private static final Pattern PHOTO = Pattern.compile("src=\"([^\"]+/photos/[0-9a-f-]+)\"");

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transactions;

    private FundedProjects steps;
    private UUID council;
    private String officer;
    private PbProcessView fund;
    private ProposalView lights;
    private ProposalView football;

    @BeforeEach
    void fund() {
        steps = new FundedProjects(processes, proposals, events, transactions, jdbc);
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson("Tom Okafor", council, Role.COMMISSIONING_OFFICER);
        fund = steps.process(council);
        lights = steps.accepted(fund, "Skate park lights", "9800.00", 0);
        football = steps.accepted(fund, "Girls' football sessions", "5200.00", 1);
    }

    private String officerPath() {
        return "/o/" + council + "/pb-processes/" + fund.id() + "/projects";
    }

    private String publicPath() {
        return "/public/o/" + council + "/pb-processes/" + fund.id() + "/projects";
    }

    private MockMultipartHttpServletRequestBuilder update(UUID project, String note, String stage, String percent,
                                                         String spent) {
        var today = processes.today();
        MockMultipartHttpServletRequestBuilder request = multipart(officerPath() + "/" + project + "/updates");
        request.param("happenedOnDay", Integer.toString(today.getDayOfMonth()))
                .param("happenedOnMonth", Integer.toString(today.getMonthValue()))
                .param("happenedOnYear", Integer.toString(today.getYear()))
                .param("note", note).param("stage", stage).param("percentComplete", percent).param("spent", spent)
                .param("version", Integer.toString(version(project)));
        request.with(csrf()).with(as(officer));
        return request;
    }

    private int version(UUID project) {
        return jdbc.sql("select version from pb_funded_project where id = ?").param(project).query(Integer.class)
                .single();
    }

    @Test
    void publicPagesAreNotFoundBeforeResultsArePublishedOrUnderAnotherOrganisation() throws Exception {
        mvc.perform(get(publicPath())).andExpect(status().isNotFound());
        String processPage = "/public/o/" + council + "/pb-processes/" + fund.id();
        mvc.perform(get(processPage)).andExpect(content().string(not(containsString("What happened to the "))));
        steps.publish(fund, lights);
        mvc.perform(get(processPage)).andExpect(content().string(containsString("href=\"" + publicPath()
                + "\">What happened to the projects you voted for")));
        mvc.perform(get(publicPath())).andExpect(status().isOk())
                .andExpect(content().string(containsString("What happened to the projects you voted for")))
                .andExpect(content().string(containsString("1. Skate park lights")))
                .andExpect(content().string(containsString("0% complete")))
                .andExpect(content().string(containsString("<progress")));
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        mvc.perform(get("/public/o/" + elsewhere + "/pb-processes/" + fund.id() + "/projects"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/o/" + elsewhere + "/pb-processes/" + fund.id() + "/projects/"
                + steps.project(fund, 1))).andExpect(status().isNotFound());
        mvc.perform(get(publicPath() + "/not-an-id")).andExpect(status().isNotFound());
        String outsider = newPerson(elsewhere, Role.COMMISSIONER);
        mvc.perform(get("/o/" + elsewhere + "/pb-processes/" + fund.id() + "/projects/" + steps.project(fund, 1))
                .with(as(outsider))).andExpect(status().isNotFound());
    }

    @Test
    void anOfficersUpdateWithAPhotoMovesTheProjectAndShowsOnThePublicPageWithItsDescription() throws Exception {
        steps.publish(fund, lights);
        UUID project = steps.project(fund, 1);
        byte[] png = png();
        mvc.perform(update(project, "Lights ordered <script>alert('x')</script>", "IN_DELIVERY", "40", "3,900.50")
                        .file(new MockMultipartFile("photo1", "lights.png", "image/png", png))
                        .param("alt1", "Six new floodlights stacked in the park depot"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get(publicPath() + "/" + project)).andExpect(status().isOk())
                .andExpect(content().string(containsString("In delivery")))
                .andExpect(content().string(containsString("40% complete")))
                .andExpect(content().string(containsString("£3,900.50")))
                .andExpect(content().string(containsString("Lights ordered &lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("alt=\"Six new floodlights stacked in the park depot\"")))
                .andExpect(content().string(not(containsString("Tom Okafor"))))
                .andReturn().getResponse().getContentAsString();
        Matcher photo = PHOTO.matcher(page);
        assertThat(photo.find()).isTrue();
        byte[] served = mvc.perform(get(photo.group(1))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.equals(served, png)).isTrue();
        mvc.perform(get(officerPath() + "/" + project).with(as(officer)))
                .andExpect(content().string(containsString("Posted by Tom Okafor")))
                .andExpect(content().string(containsString("Stage: Not started to In delivery")));
        assertThat(auditEvents(council, "prioritisation.project-updated")).isEqualTo(1);
    }

    @Test
    void photosThatAreNotImagesTooBigOrUndescribedAreRefusedAndNothingIsStored() throws Exception {
        steps.publish(fund, lights);
        UUID project = steps.project(fund, 1);
        long filesBefore = files();
        mvc.perform(update(project, "Lights ordered", "PLANNING", "10", "0")
                        .file(new MockMultipartFile("photo1", "lights.png", "image/png",
                                "I am only text".getBytes(StandardCharsets.UTF_8)))
                        .param("alt1", "Lights"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Photo 1: lights.png is not a kind of file Tandem accepts "
                        + "here (it is a plain text)")))
                .andExpect(content().string(containsString("Lights ordered")));
        byte[] huge = Arrays.copyOf(png(), 5 * 1024 * 1024 + 10);
        mvc.perform(update(project, "Lights ordered", "PLANNING", "10", "0")
                        .file(new MockMultipartFile("photo1", "big.png", "image/png", huge)).param("alt1", "Big"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is larger than 5 MB")));
        mvc.perform(update(project, "Lights ordered", "PLANNING", "10", "0")
                        .file(new MockMultipartFile("photo2", "lights.png", "image/png", png())).param("alt2", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Describe photo 2 for people who cannot see it")));
        mvc.perform(update(project, "", "COMPLETED", "80", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A completed project is 100% complete")));
        mvc.perform(update(project, "", "PLANNING", "abc", "12.345"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the percentage complete as a whole number")))
                .andExpect(content().string(containsString("Enter the amount spent so far in pounds and pence")));
        assertThat(files()).isEqualTo(filesBefore);
        assertThat(jdbc.sql("select count(*) from pb_project_update where project_id = ?").param(project)
                .query(Long.class).single()).isZero();
        assertThat(version(project)).isZero();
    }

    @Test
    void aHiddenUpdateLeavesThePublicPagesButStaysInTheAuditLog() throws Exception {
        steps.publish(fund, lights);
        UUID project = steps.project(fund, 1);
        mvc.perform(update(project, "Names the young person who complained", "PLANNING", "10", "0")
                        .file(new MockMultipartFile("photo1", "lights.png", "image/png", png()))
                        .param("alt1", "A crowd at the skate park"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(publicPath() + "/" + project)).andReturn().getResponse().getContentAsString();
        Matcher photo = PHOTO.matcher(page);
        assertThat(photo.find()).isTrue();
        UUID update = jdbc.sql("select id from pb_project_update where project_id = ?").param(project)
                .query(UUID.class).single();

        mvc.perform(post(officerPath() + "/" + project + "/updates/" + update + "/hide").with(csrf())
                        .with(as(newPerson(council, Role.CITIZEN_CO_PRODUCER))).param("reason", "Personal details"))
                .andExpect(status().isForbidden());
        mvc.perform(post(officerPath() + "/" + project + "/updates/" + update + "/hide").with(csrf())
                        .with(as(officer)).param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say why the update is being hidden")));
        mvc.perform(post(officerPath() + "/" + project + "/updates/" + update + "/hide").with(csrf())
                        .with(as(officer)).param("reason", "It names a young person"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(publicPath() + "/" + project))
                .andExpect(content().string(not(containsString("Names the young person"))))
                .andExpect(content().string(not(containsString("A crowd at the skate park"))));
        mvc.perform(get(photo.group(1))).andExpect(status().isNotFound());
        mvc.perform(get(officerPath() + "/" + project).with(as(officer)))
                .andExpect(content().string(containsString("Names the young person")))
                .andExpect(content().string(containsString("Hidden from the public by Tom Okafor")));
        String audited = jdbc.sql("select before_state || ' ' || after_state from audit_event"
                        + " where organisation_id = ? and action = 'prioritisation.project-update-hidden'")
                .param(council).query(String.class).single();
        assertThat(audited).contains("Names the young person who complained").contains("It names a young person");
    }

    @Test
    void theOfficersListFiltersAndSortsAndPeopleWithoutTheRoleCannotUpdate() throws Exception {
        steps.publish(fund, lights, football);
        UUID skate = steps.project(fund, 1);
        mvc.perform(update(skate, "Installed, switched on by the youth council", "COMPLETED", "100", "9750"))
                .andExpect(status().is3xxRedirection());
        String citizen = newPerson(council, Role.CITIZEN_CO_PRODUCER);
        mvc.perform(get(officerPath()).with(as(citizen)).param("stage", "COMPLETED"))
                .andExpect(content().string(containsString("1. Skate park lights")))
                .andExpect(content().string(not(containsString("2. Girls&#39; football sessions"))));
        mvc.perform(get(officerPath()).with(as(citizen)).param("district", fund.districts().get(1).id().toString()))
                .andExpect(content().string(containsString("2. Girls&#39; football sessions")))
                .andExpect(content().string(not(containsString("1. Skate park lights"))));
        String sorted = mvc.perform(get(officerPath()).with(as(citizen)).param("sort", "LEAST_COMPLETE"))
                .andReturn().getResponse().getContentAsString();
        assertThat(sorted.indexOf("2. Girls")).isLessThan(sorted.indexOf("1. Skate park lights"));
        mvc.perform(update(skate, "Sneaky", "PLANNING", "10", "0").with(as(citizen)))
                .andExpect(status().isForbidden());
        mvc.perform(post(officerPath() + "/" + skate + "/details").with(csrf()).with(as(officer))
                        .param("leadOfficer", "Tom Okafor").param("deliveredBy", "Millbrook parks team")
                        .param("version", Integer.toString(version(skate))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(publicPath() + "/" + skate))
                .andExpect(content().string(containsString("Millbrook parks team")))
                .andExpect(content().string(containsString("100% complete")));
    }

    @Test
    void aWebPPhotoIsKeptAndServedAsWebP() throws Exception {
        steps.publish(fund, lights);
        UUID project = steps.project(fund, 1);
        byte[] webp = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        webp[4] = 56;
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        mvc.perform(update(project, "Plans agreed", "PLANNING", "10", "0")
                        .file(new MockMultipartFile("photo3", "plan.webp", "image/webp", webp))
                        .param("alt3", "The site plan pinned to the youth club noticeboard"))
                .andExpect(status().is3xxRedirection());
        Matcher photo = PHOTO.matcher(mvc.perform(get(publicPath() + "/" + project)).andReturn().getResponse()
                .getContentAsString());
        assertThat(photo.find()).isTrue();
        mvc.perform(get(photo.group(1))).andExpect(header().string("Content-Type", "image/webp"));
    }

    private long files() {
        return jdbc.sql("select count(*) from stored_file where organisation_id = ?").param(council)
                .query(Long.class).single();
    }

    /** A real PNG: a small picture drawn and encoded by the JDK. */
    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            image.setRGB(x, 8, 0xFFD700);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
