package org.tandem.insight.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.provision.FundedService;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.PageRequest;
import org.tandem.platform.Role;
import org.tandem.platform.Timestamps;

/**
 * The autumn 2026 quality review of Millbrook's youth services, in the Islington way (seed 000, Box K): Young Voices'
 * Jordan Reid and Maya Collins visit with Tom Okafor, using the nine areas. The clubs come out green, the detached
 * work amber, the youth centres red (Priya overrides that to amber, with a reason); the results are shared and
 * Riverside Youth Trust has responded. The counselling service waits for Priya's decision, and the street sport visit
 * is still to do, so a reader of the guide can do it as Jordan. Runs after the baseline's services
 * ({@code @Order(20)}).
 */
@Component
class DemoQualityReview {

    static final String TITLE = "Youth services quality review, autumn 2026";

    private final QualityRounds rounds;
    private final QualityVisits visits;
    private final QualityResults results;
    private final ProviderQualityResults providers;
    private final DemoStoryServices storyServices;
    private final Clock clock;

    DemoQualityReview(QualityRounds rounds, QualityVisits visits, QualityResults results,
                      ProviderQualityResults providers, DemoStoryServices storyServices, Clock clock) {
        this.rounds = rounds;
        this.visits = visits;
        this.results = results;
        this.providers = providers;
        this.storyServices = storyServices;
        this.clock = clock;
    }

    @EventListener
    @Order(50)
    void on(DemoCommissionReady demo) {
        UUID commission = demo.commissionId();
        Viewer priya = viewer(demo, "commissioner", Role.COMMISSIONER);
        Viewer tom = viewer(demo, "officer", Role.COMMISSIONING_OFFICER);
        Viewer jordan = viewer(demo, "citizen", Role.CITIZEN_CO_PRODUCER);
        Map<String, FundedService> services = storyServices.find(demo);

        QualityRound round = rounds.create(tom, commission, new RoundDraft(TITLE,
                "Young Voices and the commissioning team visit the youth services Millbrook funds now, unannounced, "
                        + "and rate them against the nine areas young people chose, before the services are "
                        + "recommissioned for 2027.",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 18), RecommendationRule.DEFAULT), true);
        services.values().forEach(s -> rounds.addService(tom, commission, round.id(), s.id()));
        List<UUID> team = List.of(jordan.personId(), demo.cast().person("panel").actorId(), tom.personId());
        UUID clubs = plan(tom, round, services.get(DemoStoryServices.YOUTH_CLUBS), 2026, 10, 8, team);
        UUID detached = plan(tom, round, services.get(DemoStoryServices.DETACHED), 2026, 10, 15, team);
        UUID castle = plan(tom, round, services.get(DemoStoryServices.YOUTH_CENTRES), 2026, 10, 22, team);
        UUID abbey = plan(tom, round, services.get(DemoStoryServices.YOUTH_CENTRES), 2026, 10, 29, team);
        UUID counselling = plan(tom, round, services.get(DemoStoryServices.COUNSELLING), 2026, 11, 5, team);
        plan(tom, round, services.get(DemoStoryServices.STREET_SPORT), 2026, 12, 10, team);
        rounds.take(tom, commission, round.id(), 0, RoundTransition.START_VISITING);

        List<QualityArea> areas = rounds.areas(round);
        submit(jordan, round, clubs, ratings(areas, "GGGAGGGAG", Map.of(
                0, new String[] {"The worker on the door said hello to everyone by name and showed the two of us "
                        + "round as if we were new.", "It's the only place I don't have to pretend."},
                3, new String[] {"Young people fill in a form at the end of each term, but the programme has not "
                        + "changed since the spring.", null},
                7, new String[] {"The Brookside club shares its hall with a nursery, so the games room is packed "
                        + "away at 7pm.", "We have to stop just when it gets good."})));
        submit(jordan, round, detached, ratings(areas, "AGAAGAAGA", Map.of(
                0, new String[] {"Sessions were cancelled twice in the three weeks before our visit, without notice "
                        + "on the estate.", "When they come they're sound, but you never know if they're coming."},
                1, new String[] {"The workers knew the group by the shops well and calmed down an argument without "
                        + "making a thing of it.", null},
                6, new String[] {"Nobody we met on the Eastfield estate was a girl, and the workers said they had "
                        + "no plan to reach girls.", null})));
        submit(jordan, round, castle, ratings(areas, "GGAAGAGAG", Map.of(
                2, new String[] {"Only one worker on, looking after the whole centre.", null},
                7, new String[] {"Warm and busy, but the toilets were out of order.", null})));
        submit(jordan, round, abbey, ratings(areas, "ARAAAAGRA", Map.of(
                1, new String[] {"The side entrance was propped open all evening and the car park lights were out. "
                        + "Two of us were followed from the bus stop.", "I wouldn't let my little sister come here."},
                7, new String[] {"The centre was locked at 6:30pm on a Tuesday although the sign says it opens at "
                        + "6pm. The mystery shopper found the same the week before.", null},
                6, new String[] {"The lift works and the sessions are free.", null})));
        submit(jordan, round, counselling, ratings(areas, "GGGAAGAAA", Map.of(
                2, new String[] {"The counsellors listen properly. Young people told us it helped.",
                        "She actually remembered what I said last time."},
                6, new String[] {"Young people wait more than four months for a first appointment, and nobody "
                        + "checks on them while they wait.", "By the time they rang me I was past it."})));
        rounds.take(tom, commission, round.id(), 1, RoundTransition.START_MODERATION);

        results.decide(priya, commission, round.id(), services.get(DemoStoryServices.YOUTH_CLUBS).id(),
                new DecisionDraft(Rating.GREEN, "Young Voices rated the clubs highly in every area that matters "
                        + "most to them.", null));
        results.decide(priya, commission, round.id(), services.get(DemoStoryServices.DETACHED).id(),
                new DecisionDraft(Rating.AMBER, null, storyDate(LocalDate.of(2027, 2, 26))));
        results.decide(priya, commission, round.id(), services.get(DemoStoryServices.YOUTH_CENTRES).id(),
                new DecisionDraft(Rating.AMBER, "The centres are the only open-access provision in Castle and "
                        + "Abbey. The youth service has agreed an improvement plan with Young Voices: fix the lights "
                        + "and the entrance at Abbey, open when the sign says, and a second unannounced visit to "
                        + "check.", storyDate(LocalDate.of(2027, 3, 31))));
        rounds.take(priya, commission, round.id(), 2, RoundTransition.SHARE_RESULTS);

        respondAsRiverside(demo, round, services.get(DemoStoryServices.DETACHED));
    }

    private void respondAsRiverside(DemoCommissionReady demo, QualityRound round, FundedService detached) {
        Actor dan = demo.cast().person("provider");
        UUID riverside = demo.cast().organisation("riverside");
        CurrentUser.Membership membership = new CurrentUser.Membership(riverside, "Riverside Youth Trust",
                OrganisationKind.PROVIDER, Set.of(Role.PROVIDER_USER, Role.ADMINISTRATOR));
        CurrentUser user = new CurrentUser(dan.actorId(), dan.name(), null, List.of(membership));
        SharedResult shared = providers.list(membership, PageRequest.of(1, 100)).items().stream()
                .filter(r -> r.roundId().equals(round.id()) && r.decision().serviceId().equals(detached.id()))
                .findFirst().orElseThrow();
        providers.respond(user, membership, shared.decision().id(), "Thank you to the young assessors. We agree "
                + "the sessions on the Eastfield estate have been too irregular since two workers left in the summer. "
                + "Two new detached youth workers start in January, we will post the session times on the estate "
                + "noticeboards and online, and we will plan sessions with girls from the estate. We would welcome "
                + "a follow-up visit in February.");
    }

    private UUID plan(Viewer tom, QualityRound round, FundedService service, int year, int month, int day,
                      List<UUID> team) {
        return visits.plan(tom, round.commissionId(), round.id(),
                new VisitPlan(service.id(), LocalDate.of(year, month, day), team)).id();
    }

    private void submit(Viewer assessor, QualityRound round, UUID visitId, List<AreaRating> ratings) {
        visits.submit(assessor, round.commissionId(), round.id(), visitId, 0, ratings);
    }

    /** One rating per area, written as letters in the areas' order, with evidence and a quote for some. */
    private static List<AreaRating> ratings(List<QualityArea> areas, String letters, Map<Integer, String[]> notes) {
        List<AreaRating> ratings = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            String[] note = notes.getOrDefault(i, new String[] {null, null});
            Rating rating = switch (letters.charAt(i)) {
                case 'R' -> Rating.RED;
                case 'A' -> Rating.AMBER;
                default -> Rating.GREEN;
            };
            ratings.add(new AreaRating(areas.get(i).id(), rating, note[0], note[1]));
        }
        return ratings;
    }

    /** The story's date, or three months from today once the story's date has passed, so the demo always loads. */
    private LocalDate storyDate(LocalDate date) {
        LocalDate today = LocalDate.now(clock.withZone(Timestamps.LONDON));
        return date.isAfter(today) ? date : today.plusMonths(3);
    }

    private static Viewer viewer(DemoCommissionReady demo, String who, Role role) {
        Actor actor = demo.cast().person(who);
        return new Viewer(actor.actorId(), actor.name(), demo.organisationId(), Set.of(role));
    }
}
