package org.tandem.outcomes.contributions;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomesTest;
import org.tandem.outcomes.contributions.internal.Contributing;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionCall;
import org.tandem.outcomes.contributions.internal.ContributionCalls;
import org.tandem.outcomes.contributions.internal.ContributionDecisions;
import org.tandem.outcomes.contributions.internal.Trails;
import org.tandem.outcomes.contributions.internal.Workshops;

/** Contributions tests: a council and commission of their own, with a framework started and open for contributions. */
abstract class ContributionsTest extends OutcomesTest {

    @Autowired
    protected ContributionCalls calls;
    @Autowired
    protected Contributing contributing;
    @Autowired
    protected ContributionDecisions decisions;
    @Autowired
    protected Workshops workshops;
    @Autowired
    protected Trails trails;

    protected FrameworkView framework;
    protected UUID draft;

    protected void openFramework() {
        newCouncilAndCommission();
        framework = start();
        draft = framework.latest().id();
        calls.open(actor(commissioner), council, draft, "What would a good week look like?");
    }

    protected ContributionCall openPublicly() {
        return calls.openPublicly(actor(commissioner), council, draft);
    }

    protected Contribution suggestion(String words) {
        return contributing.suggest(actor(citizen), council, draft, words, ParticipantKind.PERSON_USING_SERVICES);
    }

    protected String base() {
        return "/o/" + council + "/outcomes/" + framework.id() + "/versions/1/contributions";
    }
}
