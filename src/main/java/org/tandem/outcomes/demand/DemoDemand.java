package org.tandem.outcomes.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.InsightReference;
import org.tandem.insight.InsightReferences;

/**
 * The demo commission's demand view of somewhere safe to go in the evenings: of 1,400 young people on the three
 * estates, walking home together and the residents' lift rota are expected to meet 150, and evening sessions run by
 * Young Voices and volunteers at the community centres 350, leaving 900 to commission. The children and young
 * people's committee agreed the level of need in November 2026. Runs after the needs exist ({@code @Order(65)}).
 */
@Component
class DemoDemand {

    static final String NEED = "Few safe places to meet in the evening on the estates";

    private final DemandService demand;
    private final InsightReferences insight;

    DemoDemand(DemandService demand, InsightReferences insight) {
        this.demand = demand;
        this.insight = insight;
    }

    @EventListener
    @Order(65)
    void on(DemoCommissionReady demo) {
        InsightReference evenings = insight.needs(demo.organisationId(), demo.commissionId()).stream()
                .filter(n -> n.title().equals(NEED)).findFirst().orElseThrow();
        demand.saveAs(demo.cast().person("commissioner"), demo.organisationId(), demo.commissionId(), evenings.id(),
                new DemandDraft(new DemandFigures(DemandMeasure.PEOPLE, new BigDecimal("1400"),
                        new BigDecimal("150"), new BigDecimal("350")),
                        "Young people aged 11 to 18 on the Brookside, Canal Side and Eastfield estates who told the "
                                + "survey they have nowhere safe to go in the evening (needs assessment, 2026).",
                        "Young people walking home together in groups, and the residents' association's lift rota "
                                + "for the late sessions.",
                        "Friday and Saturday evening sessions at Eastfield Community Centre and Canal Side hall, "
                                + "run by Young Voices peer leaders with volunteer parents and residents.",
                        new PoliticalSignOff("Cllr Amira Hussain, Cabinet Member for Children and Young People",
                                "Children and Young People's Committee", LocalDate.of(2026, 11, 18))));
    }
}
