package org.tandem.outcomes.logic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.InsightReferences;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.platform.AuditLog.Actor;

/**
 * The demo commission's theory of change for somewhere safe to go in the evenings: Tom Okafor's logic model of
 * evening youth clubs on the estates, from youth workers and the two community halls to young people feeling safe
 * and making friends, each link with its assumption and the evidence Insight gathered; and the outcomes review
 * table Priya Shah drew from the council's strategies. The model explains the framework's outcome about feeling
 * safe when the draft framework has one, and the planned service otherwise. Runs after the framework's demo
 * ({@code @Order(65)}).
 */
@Component
class DemoLogic {

    static final String TITLE = "Evening youth clubs on the estates";
    private static final String SUMMARY = "How evening sessions on Brookside, Canal Side and Eastfield give young "
            + "people somewhere safe to go, in their words, and the friends to go with.";

    private final LogicModelService models;
    private final OutcomesReviewService review;
    private final OutcomesFrameworks frameworks;
    private final InsightReferences insight;

    DemoLogic(LogicModelService models, OutcomesReviewService review, OutcomesFrameworks frameworks,
              InsightReferences insight) {
        this.models = models;
        this.review = review;
        this.frameworks = frameworks;
        this.insight = insight;
    }

    @EventListener
    @Order(65)
    void on(DemoCommissionReady demo) {
        Actor tom = demo.cast().person("officer");
        UUID lead = demo.organisationId();
        UUID commission = demo.commissionId();
        Optional<OutcomeView> safe = frameworks.forCommission(lead, commission).flatMap(FrameworkView::open)
                .filter(FrameworkVersionView::isDraft).stream()
                .flatMap(v -> frameworks.outcomes(lead, v.id()).stream())
                .filter(o -> o.ownWords().toLowerCase(Locale.UK).contains("safe")).findFirst();
        ModelDraft draft = safe
                .map(o -> new ModelDraft(TITLE, SUMMARY, LogicSubject.OUTCOME, o.id(), null, null))
                .orElseGet(() -> new ModelDraft(TITLE, SUMMARY, LogicSubject.PLANNED_SERVICE, null, null, TITLE));
        UUID model = models.createAs(tom, lead, commission, draft).id();
        Map<String, UUID> step = new HashMap<>();
        steps(tom, demo, model, step, Stage.INPUT, "Two youth workers for each session",
                "Eastfield Community Centre and Canal Side hall on Friday and Saturday evenings",
                "Young Voices peer leaders and volunteer parents");
        steps(tom, demo, model, step, Stage.ACTIVITY, "Open evening sessions: games, music, cooking, someone to "
                + "talk to", "Walking groups home after the late sessions");
        steps(tom, demo, model, step, Stage.OUTPUT, "Two sessions a week on each estate, 48 weeks a year",
                "Young people coming each week");
        steps(tom, demo, model, step, Stage.OUTCOME, "I have somewhere safe to go in the evening",
                "I have made new friends");
        Map<String, UUID> evidence = new HashMap<>();
        insight.evidenceItems(lead, commission).forEach(e -> evidence.put(e.title(), e.id()));
        UUID siteVisit = evidence.get("Site visit to the Riverside open-access youth clubs");
        UUID goodDay = evidence.get("What makes a good day: appreciative workshops");
        link(tom, demo, model, step, "Two youth workers", "Open evening sessions",
                "Adults who know young people by name are what makes a session feel safe.", siteVisit, null);
        link(tom, demo, model, step, "Eastfield Community Centre", "Open evening sessions",
                "Halls young people already know on their own estate mean no bus ride after dark.", null,
                "The asset map: both halls are free on Friday and Saturday evenings.");
        link(tom, demo, model, step, "Young Voices peer leaders", "Walking groups home",
                "Young people trust peers to plan routes home that feel safe.", goodDay, null);
        link(tom, demo, model, step, "Open evening sessions", "Two sessions a week",
                "The halls and the youth workers are there every week, school holidays included.", null, null);
        link(tom, demo, model, step, "Open evening sessions", "Young people coming each week",
                "Young people come when their friends come and there is something they chose to do.", goodDay, null);
        link(tom, demo, model, step, "Walking groups home", "Young people coming each week",
                "Worry about getting home keeps many young people in; a group home removes it.", goodDay,
                "\"I'd walk further if I knew it was safe getting back.\"");
        link(tom, demo, model, step, "Young people coming each week", "I have somewhere safe",
                "Regular, supervised sessions near home are what young people said feeling safe in the evening "
                        + "means.", null, "The 2026 survey: 61% of young people on the three estates feel unsafe "
                        + "out after dark.");
        link(tom, demo, model, step, "Young people coming each week", "I have made new friends",
                "Seeing the same people every week turns faces into friends.", siteVisit, null);

        Actor priya = demo.cast().person("commissioner");
        row(priya, demo, ReviewLevel.COMMUNITY, "Young people feel they belong in Millbrook", null,
                "Millbrook Corporate Plan 2026 to 2030, p. 14");
        row(priya, demo, ReviewLevel.COMMUNITY, "Safer streets and estates after dark",
                "Police reports of anti-social behaviour by ward, monthly", "Community Safety Partnership plan "
                        + "2026, p. 9");
        row(priya, demo, ReviewLevel.SERVICE, "Young people have good mental health and well-being",
                "Warwick-Edinburgh well-being scores from two providers; referrals to children's mental health "
                        + "services", "Joint strategic needs assessment 2026, youth chapter");
        row(priya, demo, ReviewLevel.SERVICE, "Young people have somewhere safe to go in the evening",
                "Attendance at the Castle and Abbey youth centres", "Youth services review 2026");
    }

    private void steps(Actor by, DemoCommissionReady demo, UUID model, Map<String, UUID> ids, Stage stage,
                       String... texts) {
        for (String text : texts) {
            ids.put(text, models.addStepAs(by, demo.organisationId(), demo.commissionId(), model,
                    new StepDraft(stage, text)).id());
        }
    }

    /** A link between the steps whose words start as given. */
    private void link(Actor by, DemoCommissionReady demo, UUID model, Map<String, UUID> ids, String from, String to,
                      String assumption, UUID evidenceItem, String evidenceText) {
        models.addLinkAs(by, demo.organisationId(), demo.commissionId(), model, new LinkDraft(starting(ids, from),
                starting(ids, to), assumption, evidenceItem, evidenceText));
    }

    private static UUID starting(Map<String, UUID> ids, String start) {
        return ids.entrySet().stream().filter(e -> e.getKey().startsWith(start)).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    private void row(Actor by, DemoCommissionReady demo, ReviewLevel level, String outcome, String data,
                     String source) {
        review.addAs(by, demo.organisationId(), demo.commissionId(), new ReviewRowDraft(level, outcome, data, source));
    }
}
