package org.tandem.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.OrganisationDetails;
import org.tandem.platform.organisations.OrganisationService;
import org.tandem.platform.people.ApiTokens;
import org.tandem.platform.people.MembershipRepository;
import org.tandem.platform.people.PersonRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Helpers for API tests: their own organisations and people (so a test can change them without other tests
 * noticing), API tokens, and reading JSON answers. Same shared context as every {@link IntegrationTest}.
 */
public abstract class ApiTest extends IntegrationTest {

    protected static final String JSON = "application/json";
    protected static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    protected JsonMapper json;
    @Autowired
    private OrganisationService organisations;
    @Autowired
    private PersonRepository people;
    @Autowired
    private MembershipRepository memberships;
    @Autowired
    private ApiTokens apiTokens;
    @Autowired
    private CommissionService commissions;
    @Autowired
    private Clock clock;

    protected static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected UUID newOrganisation(OrganisationKind kind) {
        return organisations.createOrganisation(kind, new OrganisationDetails(unique("Test organisation"), null, null,
                null, null, null, null, null, Set.of()), Actor.TANDEM);
    }

    /** A new person holding these roles in the organisation; returns their email address. */
    protected String newPerson(UUID organisationId, Role... roles) {
        String email = "api-" + UUID.randomUUID() + "@test.example";
        var person = people.create(email, unique("Tester"), null, clock.instant(), clock.instant());
        for (Role role : roles) {
            memberships.grant(person.id(), organisationId, role, null, clock.instant());
        }
        return email;
    }

    /** A commission of the test's own, in Insight, so it can be changed without other tests noticing. */
    protected UUID newCommission(UUID organisationId) {
        return commissions.createAs(Actor.TANDEM, organisationId, new CommissionDraft(unique("Test commission"),
                null, ServiceArea.CARERS, CommissioningLevel.OPERATIONAL, Money.pounds("1000.00"),
                LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), Set.of())).id();
    }

    /** A working API token for the person, made without the page (the page is tested on its own). */
    protected String tokenFor(String email) {
        return apiTokens.create(demo.person(email), "Test integration", 30).secret();
    }

    protected static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** A JSON document from values, so test input is written as data rather than as escaped strings. */
    protected String write(Object value) {
        return json.writeValueAsString(value);
    }

    protected long auditEvents(String action, Object entityId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and entity_id = ?")
                .params(action, entityId.toString()).query(Long.class).single();
    }
}
