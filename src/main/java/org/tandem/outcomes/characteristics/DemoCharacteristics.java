package org.tandem.outcomes.characteristics;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.platform.AuditLog.Actor;

/**
 * The demo commission's quality characteristics, Planning in early 2027: Millbrook started from Islington's five and
 * Young Voices rewrote each in young people's words at their December workshop, keeping the professional wording
 * for the tender. Runs once Insight's part of the story is in place ({@code @Order(65)}).
 */
@Component
class DemoCharacteristics {

    private final CharacteristicService characteristics;

    DemoCharacteristics(CharacteristicService characteristics) {
        this.characteristics = characteristics;
    }

    @EventListener
    @Order(65)
    void on(DemoCommissionReady demo) {
        Actor jordan = demo.cast().person("citizen");
        add(demo, jordan, "Co-produced with young people",
                "We help plan what happens, we help run it, and we can see what changed because we said so. "
                        + "Not just asked once and forgotten.",
                "All youth work is co-produced with young people: in planning, delivery and review, with young "
                        + "people's influence visible in what the service does.");
        add(demo, jordan, "Expanding horizons",
                "Trying things we never thought we could, meeting people from other parts of Millbrook, and "
                        + "finding out what we might do next.",
                "Every young person is entitled to expand their horizons and discover what they can achieve now, "
                        + "and in the future.");
        add(demo, jordan, "Open when and where we need it",
                "Somewhere near us, open in the evenings and in the holidays, safe to get to and safe to get home "
                        + "from.",
                "Provision is available at the times and in the places young people need it, including evenings "
                        + "and school holidays on the estates.");
        add(demo, jordan, "Working together",
                "Youth workers, schools, CAMHS and clubs know each other and pass us on properly, so we never have "
                        + "to tell our story twice.",
                "Services are delivered through partnerships wherever possible, with shared referral routes and "
                        + "joint work between providers.");
        add(demo, jordan, "Checking it works",
                "Young people help check whether it is any good, and things change when it is not.",
                "Services are regularly reviewed and evaluated with young people to ensure quality and relevance.");
    }

    private void add(DemoCommissionReady demo, Actor by, String name, String usersWords, String professional) {
        characteristics.addAs(by, demo.organisationId(), demo.commissionId(),
                new CharacteristicDraft(name, usersWords, professional));
    }
}
