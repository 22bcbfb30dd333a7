package org.tandem.commissions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Starts commissions through the real form, as a commissioner would, so each test has its own to change. */
final class CommissionSteps {

    private CommissionSteps() {
    }

    static MockHttpServletRequestBuilder startForm(String organisationPath, String title) {
        return startForm(organisationPath, title, Map.of());
    }

    /** The form filled in correctly, except for the fields given, which replace the correct values. */
    static MockHttpServletRequestBuilder startForm(String organisationPath, String title, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Made by a test");
        fields.put("serviceArea", "CHILDREN_AND_YOUNG_PEOPLE");
        fields.put("level", "OPERATIONAL");
        fields.put("budget", "250000");
        fields.put("startDay", "1");
        fields.put("startMonth", "4");
        fields.put("startYear", "2027");
        fields.put("endDay", "31");
        fields.put("endMonth", "3");
        fields.put("endYear", "2029");
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(organisationPath + "/commissions").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    static UUID start(MockMvc mvc, String organisationPath, RequestPostProcessor who, String title) throws Exception {
        MvcResult result = mvc.perform(startForm(organisationPath, title).with(who)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("The commission was not started: " + result.getResponse().getContentAsString());
        }
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
