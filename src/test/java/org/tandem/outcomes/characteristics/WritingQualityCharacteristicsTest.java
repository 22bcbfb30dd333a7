package org.tandem.outcomes.characteristics;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.outcomes.PlanningTest;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commission's quality characteristics on its pages: commissioners and officers write, reword, reorder and remove
 * them, or start from Islington's or Camden's; everyone involved reads them; every change is audited.
 */
class WritingQualityCharacteristicsTest extends PlanningTest {

    @org.springframework.beans.factory.annotation.Autowired
    private QualityCharacteristics published;

    private UUID commission;
    private String base;

    @BeforeEach
    void ownCommission() {
        commission = newCommission(demo.council());
        base = pagePath(commission) + "/quality-characteristics";
    }

    @Test
    void anOfficerStartsFromIslingtonsFiveAndTheTemplateAddsNothingTwice() throws Exception {
        mvc.perform(post(base + "/template").param("template", "ISLINGTON").with(csrf()).with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/template").param("template", "islington").with(csrf()).with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        List<QualityCharacteristic> written = published.of(demo.council(), commission);
        assertThat(written).extracting(QualityCharacteristic::name).containsExactly("Expanding horizons",
                "Co-produced with young people", "Financially sustainable", "Delivered through partnerships",
                "Reviewed and evaluated");
        assertThat(written.get(1).professionalWords()).isEqualTo("All youth work should be co-produced with young "
                + "people.");
        assertThat(written).allSatisfy(c -> assertThat(c.usersWords()).isNull());
        mvc.perform(get(base).with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("5. Reviewed and evaluated")))
                .andExpect(content().string(containsString("Not written yet")))
                .andExpect(content().string(not(containsString("Add a quality characteristic"))));
        assertThat(auditEvents("outcomes.characteristics-template-applied", commission)).isEqualTo(2);
    }

    @Test
    void camdensThirteenServiceModelElementsAreTheGuidesOwn() throws Exception {
        mvc.perform(post(base + "/template").param("template", "CAMDEN").with(csrf()).with(as(Demo.COMMISSIONER)))
                .andExpect(status().is3xxRedirection());
        assertThat(published.of(demo.council(), commission)).extracting(QualityCharacteristic::name)
                .containsExactly("Information", "Advice", "Signposting", "Counselling", "Evidence-based interventions",
                        "Complementary therapies", "Personal support", "Training", "Positive social circles",
                        "Leisure opportunities", "Education opportunities", "Volunteering opportunities",
                        "Employment opportunities");
    }

    @Test
    void aCharacteristicIsWrittenRewordedMovedAndRemovedWithEveryStepAudited() throws Exception {
        mvc.perform(add("Co-produced", "We help plan it and run it", "Co-produced with young people"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(add("Preventative", null, "Moves support upstream")).andExpect(status().is3xxRedirection());
        UUID coProduced = idOf("Co-produced");
        UUID preventative = idOf("Preventative");

        mvc.perform(get(base + "/" + coProduced + "/edit").with(as(Demo.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post(base + "/" + coProduced).param("name", "Co-produced with us")
                        .param("usersWords", "We plan it,\r\nwe run it").param("professionalWords", "")
                        .param("version", "0").with(csrf()).with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + coProduced).param("name", "Someone else's words")
                        .param("version", "0").with(csrf()).with(as(Demo.COMMISSIONER)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this quality characteristic")))
                .andExpect(content().string(containsString("Someone else&#39;s words")));

        mvc.perform(post(base + "/" + preventative + "/move").param("direction", "up").with(csrf())
                        .with(as(Demo.OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + preventative + "/move").param("direction", "up").with(csrf())
                        .with(as(Demo.OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Preventative is already first")));
        List<QualityCharacteristic> now = published.of(demo.council(), commission);
        assertThat(now).extracting(QualityCharacteristic::name).containsExactly("Preventative", "Co-produced with us");
        assertThat(now.get(1).usersWords()).isEqualTo("We plan it,\nwe run it");
        assertThat(now.get(1).professionalWords()).isNull();

        mvc.perform(post(base + "/" + preventative + "/remove").with(csrf()).with(as(Demo.COMMISSIONER)))
                .andExpect(status().is3xxRedirection());
        assertThat(published.of(demo.council(), commission)).extracting(QualityCharacteristic::name)
                .containsExactly("Co-produced with us");
        assertThat(auditEvents("outcomes.characteristic-added", coProduced)).isEqualTo(1);
        assertThat(auditEvents("outcomes.characteristic-changed", coProduced)).isEqualTo(1);
        assertThat(auditEvents("outcomes.characteristic-moved", preventative)).isEqualTo(1);
        assertThat(auditEvents("outcomes.characteristic-removed", preventative)).isEqualTo(1);
    }

    @Test
    void mistakesAndHostileTextAreExplainedAndNothingIsSaved() throws Exception {
        mvc.perform(add("  ", null, null)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name for the quality characteristic")));
        mvc.perform(add("n".repeat(201), "w".repeat(2001), null)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The name must be 200 characters or fewer")))
                .andExpect(content().string(containsString("The description in users&#39; words must be 2,000 "
                        + "characters or fewer")));
        mvc.perform(post(base + "/template").param("template", "'; drop table commission; --").with(csrf())
                        .with(as(Demo.OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a template to start from")));
        assertThat(rows("quality_characteristic", commission)).isZero();

        mvc.perform(add("<script>alert(1)</script>\u0000 Safe", "<b>bold</b>", null))
                .andExpect(status().is3xxRedirection());
        mvc.perform(add("<SCRIPT>alert(1)</SCRIPT>  safe", null, null)).andExpect(status().isOk())
                .andExpect(content().string(containsString("already has a quality characteristic called")));
        mvc.perform(get(base).with(as(Demo.PANEL)))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Safe")))
                .andExpect(content().string(not(containsString("<b>bold</b>"))));
        assertThat(rows("quality_characteristic", commission)).isEqualTo(1);
    }

    @Test
    void onlyCommissionersAndOfficersOfTheLeadOrganisationChangeThem() throws Exception {
        mvc.perform(add(Demo.CITIZEN, "Co-produced", null, null)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/new").with(as(Demo.SCRUTINY))).andExpect(status().isForbidden());
        UUID youth = demo.youthCommission();
        String partnerPath = "/o/" + demo.organisation(Demo.ICB) + "/commissions/" + youth + "/quality-characteristics";
        mvc.perform(get(partnerPath).with(as(Demo.PARTNER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Open when and where we need it")));
        mvc.perform(post(partnerPath + "/template").param("template", "CAMDEN").with(csrf()).with(as(Demo.PARTNER)))
                .andExpect(status().isForbidden());
        String outsider = newPerson(newOrganisation(org.tandem.platform.OrganisationKind.COMMISSIONING_BODY),
                org.tandem.platform.Role.COMMISSIONER);
        mvc.perform(get(base).with(as(outsider))).andExpect(status().isNotFound());
    }

    @Test
    void youngVoicesWroteTheDemoCommissionsCharacteristicsInTheirOwnWords() throws Exception {
        mvc.perform(get(pagePath(demo.youthCommission()) + "/quality-characteristics").with(as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1. Co-produced with young people")))
                .andExpect(content().string(containsString("we can see what changed because we said so")))
                .andExpect(content().string(containsString("Open when and where we need it")));
        mvc.perform(get(pagePath(demo.youthCommission())).with(as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Quality characteristics")))
                .andExpect(content().string(containsString("5 characteristics so far")));
    }

    private MockHttpServletRequestBuilder add(String name, String usersWords, String professional) {
        return add(Demo.OFFICER, name, usersWords, professional);
    }

    private MockHttpServletRequestBuilder add(String email, String name, String usersWords, String professional) {
        MockHttpServletRequestBuilder request = post(base).param("name", name).with(csrf()).with(as(email));
        if (usersWords != null) {
            request.param("usersWords", usersWords);
        }
        if (professional != null) {
            request.param("professionalWords", professional);
        }
        return request;
    }

    private UUID idOf(String name) {
        return jdbc.sql("select id from quality_characteristic where commission_id = ? and name = ?")
                .params(commission, name).query(UUID.class).single();
    }
}
