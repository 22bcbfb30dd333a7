package org.tandem.outcomes.demand.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.outcomes.demand.DemandDraft;
import org.tandem.outcomes.demand.DemandFigures;
import org.tandem.outcomes.demand.DemandMeasure;
import org.tandem.outcomes.demand.DemandView;

/** A need's demand view in the API, with what must be commissioned worked out. */
record DemandJson(UUID id, UUID needId, String need, DemandMeasure measure, BigDecimal recognised,
                  BigDecimal behaviourChange, BigDecimal coProduction, BigDecimal commissioned, String basis,
                  String behaviourChangeHow, String coProductionHow, SignOffJson signOff, int version) {

    record SignOffJson(String by, String body, LocalDate on) {
    }

    static DemandJson of(DemandView v) {
        DemandDraft d = v.details();
        DemandFigures f = d.figures();
        return new DemandJson(v.id(), v.needId(), v.needTitle(), f.measure(), f.recognised(), f.behaviourChange(),
                f.coProduction(), f.commissioned(), d.basis(), d.behaviourChangeHow(), d.coProductionHow(),
                d.signOff() == null ? null : new SignOffJson(d.signOff().by(), d.signOff().body(), d.signOff().on()),
                v.version());
    }
}
