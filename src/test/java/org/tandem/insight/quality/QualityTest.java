package org.tandem.insight.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.insight.provision.ClientGroup;
import org.tandem.insight.provision.FundedServiceRepository;
import org.tandem.insight.provision.FundingLine;
import org.tandem.insight.provision.FundingSource;
import org.tandem.insight.provision.ServiceDraft;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.ServiceArea;
import org.tandem.support.TenantTest;

/**
 * Quality assessment tests work in a council of their own: its commissioner, officer, two young assessors, a panel
 * member and a finance officer; two providers on Tandem with a person each; three services (one per provider and
 * one run in-house) and a commission. Rounds are set up through the real services, to the status a test needs.
 */
abstract class QualityTest extends TenantTest {

    @Autowired
    protected QualityRounds rounds;
    @Autowired
    protected QualityVisits visits;
    @Autowired
    protected QualityResults results;
    @Autowired
    protected ProviderQualityResults providerResults;
    @Autowired
    private CommissionService commissionService;
    @Autowired
    private FundedServiceRepository fundedServices;

    /** A person made for the test: their email to sign in with, and who they are to the services. */
    protected record Someone(String email, Viewer viewer) {
    }

    /** Everything a test's council has. */
    protected record World(UUID council, UUID commission, UUID provider, UUID otherProvider, Someone commissioner,
                           Someone officer, Someone youngAssessor, Someone otherYoungAssessor, Someone panel,
                           Someone finance, String providerUser, String otherProviderUser, UUID clubs, UUID sport,
                           UUID centres) {

        String councilPath() {
            return "/o/" + council;
        }

        String roundsPath() {
            return councilPath() + "/commissions/" + commission + "/quality-rounds";
        }

        String roundPath(QualityRound round) {
            return roundsPath() + "/" + round.id();
        }
    }

    /** A round of the world's commission with its visits, ratings and decisions, as far as the test needs. */
    protected record Staged(QualityRound round, List<QualityArea> areas, UUID clubsVisit, UUID sportVisit,
                            UUID centresVisit) {
    }

    protected World world() {
        UUID council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        UUID provider = newOrganisation(OrganisationKind.PROVIDER);
        UUID otherProvider = newOrganisation(OrganisationKind.PROVIDER);
        UUID commission = commissionService.createAs(Actor.TANDEM, council, new CommissionDraft(
                unique("Youth services"), null, ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, CommissioningLevel.OPERATIONAL,
                Money.pounds("500000"), LocalDate.of(2027, 4, 1), LocalDate.of(2030, 3, 31), Set.of())).id();
        return new World(council, commission, provider, otherProvider,
                someone(council, "Priya Test", Role.COMMISSIONER), someone(council, "Tom Test",
                Role.COMMISSIONING_OFFICER), someone(council, "Jordan Test", Role.CITIZEN_CO_PRODUCER),
                someone(council, "Sam Test", Role.CITIZEN_CO_PRODUCER), someone(council, "Maya Test",
                Role.PANEL_MEMBER), someone(council, "Grace Test", Role.FINANCE_OFFICER),
                newPerson(provider, Role.PROVIDER_USER), newPerson(otherProvider, Role.PROVIDER_USER),
                service(council, "Youth clubs", "Riverside Test Trust", provider),
                service(council, "Street sport", "Kickstart Test CIC", otherProvider),
                service(council, "Youth centres", "The council's youth service", null));
    }

    /** A draft round with the nine-area template and the world's three services. */
    protected QualityRound draft(World w) {
        QualityRound round = rounds.create(w.officer().viewer(), w.commission(), new RoundDraft(unique("Review"),
                null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 18), RecommendationRule.DEFAULT), true);
        for (UUID service : List.of(w.clubs(), w.sport(), w.centres())) {
            rounds.addService(w.officer().viewer(), w.commission(), round.id(), service);
        }
        return round;
    }

    /**
     * Visits under way: the young assessor and the panel member visit the clubs with the officer; the other young
     * assessor visits street sport; the panel member and the officer visit the centres.
     */
    protected Staged visiting(World w) {
        QualityRound round = draft(w);
        Viewer tom = w.officer().viewer();
        UUID clubs = plan(w, round, w.clubs(), w.youngAssessor(), w.panel(), w.officer());
        UUID sport = plan(w, round, w.sport(), w.otherYoungAssessor(), w.officer());
        UUID centres = plan(w, round, w.centres(), w.panel(), w.officer());
        QualityRound moved = rounds.take(tom, w.commission(), round.id(), round.version(),
                RoundTransition.START_VISITING);
        return new Staged(moved, rounds.areas(moved), clubs, sport, centres);
    }

    /** Every visit submitted: clubs all green, sport one red area, centres mostly amber; then moderation. */
    protected Staged moderation(World w) {
        Staged s = visiting(w);
        submit(w.youngAssessor(), s, s.clubsVisit(), "GGGGGGGGG");
        submit(w.otherYoungAssessor(), s, s.sportVisit(), "GGRGGGGGG");
        submit(w.panel(), s, s.centresVisit(), "AAAAAGGGG");
        QualityRound moved = rounds.take(w.officer().viewer(), w.commission(), s.round().id(), s.round().version(),
                RoundTransition.START_MODERATION);
        return new Staged(moved, s.areas(), s.clubsVisit(), s.sportVisit(), s.centresVisit());
    }

    /** The clubs confirmed green and the sport overridden to amber, then results shared; the centres undecided. */
    protected Staged shared(World w) {
        Staged s = moderation(w);
        Viewer priya = w.commissioner().viewer();
        results.decide(priya, w.commission(), s.round().id(), w.clubs(), new DecisionDraft(Rating.GREEN, null, null));
        results.decide(priya, w.commission(), s.round().id(), w.sport(), new DecisionDraft(Rating.AMBER,
                "One red area, on a visit in the rain; the coaches have a plan", LocalDate.now().plusMonths(3)));
        QualityRound moved = rounds.take(priya, w.commission(), s.round().id(), s.round().version(),
                RoundTransition.SHARE_RESULTS);
        return new Staged(moved, s.areas(), s.clubsVisit(), s.sportVisit(), s.centresVisit());
    }

    protected UUID plan(World w, QualityRound round, UUID service, Someone... team) {
        return visits.plan(w.officer().viewer(), w.commission(), round.id(), new VisitPlan(service,
                LocalDate.of(2026, 10, 8), java.util.Arrays.stream(team).map(t -> t.viewer().personId()).toList()))
                .id();
    }

    protected void submit(Someone assessor, Staged s, UUID visit, String letters) {
        int version = visits.sheet(assessor.viewer(), s.round().commissionId(), s.round().id(), visit).visit()
                .version();
        visits.submit(assessor.viewer(), s.round().commissionId(), s.round().id(), visit, version,
                ratings(s.areas(), letters));
    }

    /** One rating per area from letters such as "GGRAG...", with evidence for each. */
    protected static List<AreaRating> ratings(List<QualityArea> areas, String letters) {
        List<AreaRating> ratings = new java.util.ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Rating rating = switch (letters.charAt(i)) {
                case 'R' -> Rating.RED;
                case 'A' -> Rating.AMBER;
                case 'G' -> Rating.GREEN;
                default -> null;
            };
            ratings.add(new AreaRating(areas.get(i).id(), rating, rating == null ? null : "Seen on the visit", null));
        }
        return ratings;
    }

    private Someone someone(UUID organisation, String name, Role role) {
        String email = newPerson(unique(name), organisation, role);
        return new Someone(email, new Viewer(demo.person(email), nameOf(email), organisation, Set.of(role)));
    }

    private UUID service(UUID council, String name, String providerName, UUID providerId) {
        UUID id = UUID.randomUUID();
        fundedServices.insert(id, council, new ServiceDraft(unique(name), null, providerName, providerId,
                ClientGroup.CHILDREN_AND_YOUNG_PEOPLE, true, Set.of(),
                List.of(new FundingLine(FundingSource.COUNCIL_CORE, Money.pounds("50000"))),
                LocalDate.of(2027, 3, 31), 100, List.of(), null, Set.of()), null, Instant.now());
        return id;
    }
}
