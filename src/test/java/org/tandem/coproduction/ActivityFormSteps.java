package org.tandem.coproduction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The activity form sent as a browser sends it, filled in correctly except where a test changes it. */
final class ActivityFormSteps {

    private ActivityFormSteps() {
    }

    static String path(UUID organisationId, UUID commissionId) {
        return "/o/" + organisationId + "/commissions/" + commissionId + "/co-production";
    }

    static MockHttpServletRequestBuilder recordForm(String action, String title) {
        return recordForm(action, title, Map.of());
    }

    /** The correct fields, with {@code changes} replacing them (an empty value sends the field empty). */
    static MockHttpServletRequestBuilder recordForm(String action, String title, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("heldDay", "15");
        fields.put("heldMonth", "7");
        fields.put("heldYear", "2026");
        fields.put("phase", "INSIGHT");
        fields.put("method", "WORKSHOP");
        fields.put("title", title);
        fields.put("purpose", "Find out what makes a good day");
        fields.put("participants[PERSON_USING_SERVICES]", "12");
        fields.put("participants[PROFESSIONAL]", "2");
        fields.put("rung", "CO_DESIGNING");
        fields.put("modes", "CO_DESIGN");
        fields.put("level", "MACRO");
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(action).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    static UUID record(MockMvc mvc, String action, RequestPostProcessor who, String title) throws Exception {
        return record(mvc, action, who, title, Map.of());
    }

    static UUID record(MockMvc mvc, String action, RequestPostProcessor who, String title, Map<String, String> changes)
            throws Exception {
        MvcResult result = mvc.perform(recordForm(action, title, changes).with(who)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("The activity was not recorded: " + result.getResponse().getStatus() + " "
                    + result.getResponse().getContentAsString());
        }
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
