package org.tandem.outcomes.internal;

import java.util.ArrayList;
import java.util.List;

/** Two versions' balance side by side: for every category of every axis, how many outcomes each version has. */
public record BalanceComparison(List<Axis> axes) {

    public record Axis(BalanceAxis axis, List<Line> lines) {
    }

    /** A category's count in the older and the newer version. */
    public record Line(BalanceAxis.Category category, int before, int after) {
        public boolean gapBefore() {
            return before == 0;
        }

        public boolean gapAfter() {
            return after == 0;
        }

        public boolean changed() {
            return before != after;
        }
    }

    public static BalanceComparison of(Balance before, Balance after) {
        List<Axis> axes = new ArrayList<>();
        for (BalanceAxis axis : BalanceAxis.values()) {
            List<Balance.Column> was = before.axis(axis).columns();
            List<Balance.Column> now = after.axis(axis).columns();
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < was.size(); i++) {
                lines.add(new Line(was.get(i).category(), was.get(i).count(), now.get(i).count()));
            }
            axes.add(new Axis(axis, List.copyOf(lines)));
        }
        return new BalanceComparison(List.copyOf(axes));
    }
}
