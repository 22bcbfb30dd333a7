package org.tandem.coproduction.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tandem.coproduction.Approach;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.EqualityDimension;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.Mechanism;
import org.tandem.coproduction.internal.CoProductionSummary;
import org.tandem.coproduction.internal.Involvement;
import org.tandem.coproduction.internal.InvolvementModel;
import org.tandem.coproduction.internal.MatrixDerivation;
import org.tandem.coproduction.internal.NeedhamCarrLevel;

/** What a commission's co-production record adds up to, as the co-production page shows it. */
record SummaryJson(int activities, @Schema(description = "Times people took part, summed over activities")
                   int participants, Ladder ladder, List<Co> cos, List<CoProductionMode> missingCos, Matrix matrix,
                   Level needhamCarr, Equalities equalities, UsualSuspects usualSuspects) {

    record RungCount(LadderRung rung, Approach approach, int activities, int participants) {
    }

    record QuarterCount(@Schema(example = "2026-Q3") String quarter, @Schema(example = "Jul to Sep 2026") String label,
                        int doingTo, int doingFor, int doingWith) {
    }

    record Ladder(List<RungCount> byRung, List<QuarterCount> byQuarter) {
    }

    record Co(CoProductionMode mode, Mechanism mechanism, int activities,
              @Schema(description = "Activities at co-designing or co-producing with citizens taking part")
              int sharedPower, boolean covered) {
    }

    record Side(Involvement involvement, int activities, int sharedPower, int withoutProfessionals) {
    }

    record Derived(InvolvementModel model, String label, Side planning, Side delivery) {
    }

    record Confirmed(InvolvementModel model, String label, InvolvementModel derivedWhenConfirmed, String reason,
                     String confirmedBy, Instant confirmedAt) {
    }

    record Matrix(Derived derived, @Schema(description = "Null until a commissioner confirms") Confirmed confirmed,
                  boolean recordsMovedSinceConfirmed) {
    }

    record Level(NeedhamCarrLevel level, String label, String description) {
    }

    record GroupCount(EqualityDimension dimension, EqualityGroup group, String label, int people) {
    }

    record Equalities(int activitiesWithProfile, int activities, List<GroupCount> groups) {
    }

    record Regular(String name, int activities) {
    }

    record UsualSuspects(boolean warning, int activities, @Schema(description = "Activities a person must be "
            + "named in to be a regular: three quarters of them, once there are at least three") int threshold,
                         List<Regular> regulars) {
    }

    static SummaryJson of(CoProductionSummary s) {
        MatrixDerivation m = s.matrix();
        var c = s.confirmation();
        return new SummaryJson(s.activities(), s.participants(),
                new Ladder(s.ladder().byRung().stream().map(r -> new RungCount(r.rung(), r.rung().approach(),
                        r.activities(), r.participants())).toList(),
                        s.ladder().byQuarter().stream().map(q -> new QuarterCount(q.key(), q.label(), q.doingTo(),
                                q.doingFor(), q.doingWith())).toList()),
                s.cos().cos().stream().map(co -> new Co(co.mode(), co.mode().mechanism(), co.activities(),
                        co.sharedPower(), co.covered())).toList(),
                s.cos().missing(),
                new Matrix(new Derived(m.model(), m.model().label(), side(m.planning()), side(m.delivery())),
                        c == null ? null : new Confirmed(c.model(), c.model().label(), c.derivedThen(), c.reason(),
                                c.confirmedByName(), c.confirmedAt()),
                        s.recordsMovedSinceConfirmed()),
                new Level(s.level(), s.level().label(), s.level().description()),
                new Equalities(s.equalities().activitiesWithProfile(), s.equalities().activities(),
                        Arrays.stream(EqualityGroup.values()).map(g -> new GroupCount(g.dimension(), g, g.label(),
                                s.equalities().count(g))).toList()),
                new UsualSuspects(s.usualSuspects().warning(), s.usualSuspects().activities(),
                        s.usualSuspects().threshold(), s.usualSuspects().regulars().stream()
                        .map(r -> new Regular(r.name(), r.activities())).toList()));
    }

    private static Side side(MatrixDerivation.Side side) {
        return new Side(side.involvement(), side.activities(), side.sharedPower(), side.withoutProfessionals());
    }
}
