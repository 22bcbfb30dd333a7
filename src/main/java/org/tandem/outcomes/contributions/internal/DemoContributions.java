package org.tandem.outcomes.contributions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.DemoCast;

/**
 * The demo framework's co-production: Priya opens the draft for contributions and to the public; Jordan Reid
 * suggests "I have somewhere to go where I can just be myself", which Priya merges into the outcome "I have
 * somewhere safe to go and someone to talk to" (into a new outcome when the framework has none like it); Tom records
 * the Young Voices world café that Maya Collins helped run, whose outputs wait to be decided on; a public comment
 * that abuses young people is hidden by Tom. The world café and the merge go into the co-production record, in
 * November 2026.
 * Runs after the framework's own demo data, if there is any ({@code @Order(62)}); starts the
 * framework when nothing else has.
 */
@Component
class DemoContributions {

    private final FrameworkService frameworks;
    private final ContributionCalls calls;
    private final Contributing contributing;
    private final Workshops workshops;
    private final ContributionDecisions decisions;

    DemoContributions(FrameworkService frameworks, ContributionCalls calls, Contributing contributing,
                      Workshops workshops, ContributionDecisions decisions) {
        this.frameworks = frameworks;
        this.calls = calls;
        this.contributing = contributing;
        this.workshops = workshops;
        this.decisions = decisions;
    }

    @EventListener
    @Order(62)
    void on(DemoCommissionReady demo) {
        DemoCast cast = demo.cast();
        Actor priya = cast.person("commissioner");
        Actor tom = cast.person("officer");
        Actor jordan = cast.person("citizen");
        UUID org = demo.organisationId();
        UUID draft = draft(priya, org, demo.commissionId());

        calls.open(priya, org, draft, "What would a good week look like for you, and what would help make it "
                + "happen?");
        Contribution jordans = contributing.suggest(jordan, org, draft,
                "I have somewhere to go where I can just be myself", ParticipantKind.PERSON_USING_SERVICES);
        LocalDate merged = LocalDate.of(2026, 11, 25);
        Optional<OutcomeView> somewhere = frameworks.outcomes(org, draft).stream()
                .filter(o -> o.ownWords().startsWith("I have somewhere safe to go")).findFirst();
        if (somewhere.isPresent()) {
            decisions.mergeIntoExisting(priya, org, jordans.id(), jordans.version(), somewhere.get().id(),
                    "Being able to be yourself is now part of what \"somewhere safe to go\" means: the indicators "
                            + "will ask young people whether they can. Thank you, Jordan.", merged);
        } else {
            decisions.mergeIntoNew(priya, org, jordans.id(), jordans.version(), null,
                    "Young people have safe, welcoming places to spend time, where they feel they belong",
                    "Your words are now an outcome of the framework, as you said them. Thank you, Jordan.", merged);
        }

        workshops.record(tom, org, draft, new WorkshopDraft(WorkshopMethod.WORLD_CAFE, LocalDate.of(2026, 11, 18),
                "Young Voices world café at Eastfield", "Four tables, four questions; young people moved between "
                + "them and added to what the last group wrote.",
                Map.of(ParticipantKind.PERSON_USING_SERVICES, 22, ParticipantKind.PROFESSIONAL, 3),
                List.of(cast.person("panel").actorId(), tom.actorId()),
                List.of("Someone to talk to who gets it, when things are hard",
                        "Being able to get there on the bus without it costing loads",
                        "Learning stuff that helps me get a job, not just school stuff")));

        ContributionCall open = calls.openPublicly(priya, org, draft);
        Contribution abuse = contributing.commentPublicly(open.publicToken(), "demo-browser", null,
                ParticipantKind.COMMUNITY_MEMBER, Contributing.Target.contribution(jordans.id()),
                "Kids round here are scum and deserve nothing");
        decisions.hide(tom, org, abuse.id(), abuse.version(), "Abusive about young people; it says nothing about "
                + "what the service should achieve.");
    }

    /** The framework's open draft: started here, or a new draft of an agreed framework, if nothing else made one. */
    private UUID draft(Actor by, UUID org, UUID commissionId) {
        FrameworkView framework = frameworks.forCommission(org, commissionId)
                .orElseGet(() -> frameworks.start(by, org, commissionId, null));
        return framework.open().filter(FrameworkVersionView::isDraft).map(FrameworkVersionView::id)
                .orElseGet(() -> frameworks.newDraft(by, org, framework.id(),
                        "For the contributions from Young Voices and the public").id());
    }
}
