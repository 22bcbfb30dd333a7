package org.tandem.platform.demo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.DemoCast;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.ServiceArea;
import org.tandem.platform.organisations.OrganisationDetails;
import org.tandem.platform.organisations.OrganisationService;
import org.tandem.platform.people.MembershipRepository;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonRepository;

/**
 * The demo story's cast, loaded into an empty database when {@code tandem.demo-data} is on: Millbrook Borough
 * Council, the NHS board it commissions with, their youth partnership, two local providers, and a person for every
 * role. Every demo person signs in with the same password, printed when Tandem starts.
 */
@Component
@ConditionalOnProperty(name = "tandem.demo-data", havingValue = "true")
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "cycle-together-2027";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** One demo person: short name, full name, email, organisation and roles there. */
    record Character(String key, String name, String email, String organisation, Set<Role> roles, String story) {
    }

    static final List<Character> CAST = List.of(
            new Character("admin", "Sam Patel", "sam.patel@millbrook.example", "council",
                    Set.of(Role.ADMINISTRATOR), "runs Tandem for the council: people, roles, audit log"),
            new Character("commissioner", "Priya Shah", "priya.shah@millbrook.example", "council",
                    Set.of(Role.COMMISSIONER), "leads the youth-services commission"),
            new Character("officer", "Tom Okafor", "tom.okafor@millbrook.example", "council",
                    Set.of(Role.COMMISSIONING_OFFICER), "runs the commission day to day"),
            new Character("finance", "Grace Lee", "grace.lee@millbrook.example", "council",
                    Set.of(Role.FINANCE_OFFICER), "looks after the budget"),
            new Character("citizen", "Jordan Reid", "jordan.reid@youngvoices.example", "council",
                    Set.of(Role.CITIZEN_CO_PRODUCER), "a 17-year-old from the Young Voices group, co-producing the commission"),
            new Character("panel", "Maya Collins", "maya.collins@youngvoices.example", "council",
                    Set.of(Role.PANEL_MEMBER), "a youth worker and parent on the evaluation panel"),
            new Character("scrutiny", "Cllr Helen Brooks", "helen.brooks@millbrook.example", "council",
                    Set.of(Role.SCRUTINY_MEMBER), "chairs the children's services scrutiny committee"),
            new Character("partner", "Dr Ruth Green", "ruth.green@millbrookvale-icb.example", "icb",
                    Set.of(Role.COMMISSIONER, Role.ADMINISTRATOR), "commissions young people's mental health for the NHS board"),
            new Character("provider", "Dan Evans", "dan.evans@riversideyouth.example", "riverside",
                    Set.of(Role.PROVIDER_USER, Role.ADMINISTRATOR), "runs Riverside Youth Trust's youth clubs"),
            new Character("provider2", "Aisha Khan", "aisha.khan@kickstartsport.example", "kickstart",
                    Set.of(Role.PROVIDER_USER, Role.ADMINISTRATOR), "runs Kickstart Sport's street sport sessions"));

    private final JdbcClient jdbc;
    private final OrganisationService organisations;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    DemoData(JdbcClient jdbc, OrganisationService organisations, PersonRepository people,
             MembershipRepository memberships, PasswordEncoder passwords, AuditLog audit,
             ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
             @Value("${tandem.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.people = people;
        this.memberships = memberships;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from organisation").query(Long.class).single() > 0) {
            return;
        }
        transactions.executeWithoutResult(tx -> load());
        log.info("Loaded the Millbrook demo story");
    }

    private void load() {
        Actor tandem = Actor.TANDEM;
        Map<String, UUID> orgs = new LinkedHashMap<>();
        orgs.put("council", organisations.createOrganisation(OrganisationKind.COMMISSIONING_BODY, new OrganisationDetails(
                "Millbrook Borough Council", null, null, "commissioning@millbrook.example", "01632 960000",
                "Town Hall, Market Square, Millbrook MB1 1AA", "https://www.millbrook.example",
                "A fictional borough council, home to 190,000 people, commissioning youth services with its young residents.",
                Set.of(ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, ServiceArea.ADULT_SOCIAL_CARE, ServiceArea.PUBLIC_HEALTH)),
                tandem));
        orgs.put("icb", organisations.createOrganisation(OrganisationKind.COMMISSIONING_BODY, new OrganisationDetails(
                "Millbrook and Vale NHS Integrated Care Board", null, null, "contact@millbrookvale-icb.example", null,
                "Vale House, Millbrook MB2 4QT", null,
                "The NHS body that plans and buys health services for Millbrook and the Vale.",
                Set.of(ServiceArea.MENTAL_HEALTH, ServiceArea.PUBLIC_HEALTH)), tandem));
        orgs.put("partnership", organisations.createOrganisation(OrganisationKind.PARTNERSHIP, new OrganisationDetails(
                "Millbrook Youth Partnership", null, null, "youthpartnership@millbrook.example", null, null, null,
                "The council and the NHS board pooling money for young people's well-being.",
                Set.of(ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, ServiceArea.MENTAL_HEALTH)), tandem));
        organisations.addPartnershipMemberAs(orgs.get("partnership"), orgs.get("council"), true, tandem);
        organisations.addPartnershipMemberAs(orgs.get("partnership"), orgs.get("icb"), false, tandem);
        orgs.put("riverside", organisations.createOrganisation(OrganisationKind.PROVIDER, new OrganisationDetails(
                "Riverside Youth Trust", "1190001", null, "hello@riversideyouth.example", "01632 960123",
                "The Boathouse, River Lane, Millbrook MB3 2RL", "https://riversideyouth.example",
                "A youth charity running open-access youth clubs and detached youth work on Millbrook's estates.",
                Set.of(ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, ServiceArea.MENTAL_HEALTH)), tandem));
        orgs.put("kickstart", organisations.createOrganisation(OrganisationKind.PROVIDER, new OrganisationDetails(
                "Kickstart Sport CIC", null, "12345678", "team@kickstartsport.example", "01632 960456",
                "Unit 4, Canal Works, Millbrook MB4 7KS", "https://kickstartsport.example",
                "A community interest company using street sport to build confidence and skills.",
                Set.of(ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, ServiceArea.COMMUNITY_DEVELOPMENT)), tandem));

        Map<String, Actor> cast = new LinkedHashMap<>();
        String hash = passwords.encode(PASSWORD);
        for (Character c : CAST) {
            Person person = people.create(c.email(), c.name(), hash, clock.instant(), clock.instant());
            for (Role role : c.roles()) {
                memberships.grant(person.id(), orgs.get(c.organisation()), role, null, clock.instant());
            }
            audit.recordAs(tandem, AuditEntry.of(orgs.get(c.organisation()), "person.created", "person", person.id(),
                    c.name() + " added to the demo as " + c.story()));
            cast.put(c.key(), new Actor(person.id(), person.displayName()));
        }
        // The partnership is run by the council's commissioner, with the NHS commissioner alongside.
        memberships.grant(cast.get("commissioner").actorId(), orgs.get("partnership"), Role.COMMISSIONER, null, clock.instant());
        memberships.grant(cast.get("admin").actorId(), orgs.get("partnership"), Role.ADMINISTRATOR, null, clock.instant());
        memberships.grant(cast.get("partner").actorId(), orgs.get("partnership"), Role.COMMISSIONER, null, clock.instant());
        events.publishEvent(new DemoCast(orgs, cast));
    }

    @EventListener(ApplicationReadyEvent.class)
    void printSignIns() {
        StringBuilder out = new StringBuilder("\n\nTandem is running at ").append(baseUrl).append("\n\n")
                .append("Demo sign-ins (password for everyone: ").append(PASSWORD).append(")\n");
        for (Character c : CAST) {
            out.append(String.format("  %-40s %-18s %s%n", c.email(), c.name(), c.story()));
        }
        log.info(out.toString());
    }
}
