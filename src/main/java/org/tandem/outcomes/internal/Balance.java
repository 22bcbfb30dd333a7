package org.tandem.outcomes.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.tandem.outcomes.OutcomeView;

/**
 * A version's balance: for every axis, which outcomes fall under each category, how many, and the gaps (categories
 * nothing falls under). Lambeth's analysis found functionings missing this way (seed 000).
 */
public record Balance(int outcomes, List<Axis> axes) {

    /** One axis of the balance, with a row per outcome. */
    public record Axis(BalanceAxis axis, List<Column> columns, List<Row> rows, int unclassified) {

        public List<Column> gaps() {
            return columns.stream().filter(Column::gap).toList();
        }
    }

    /** A category and the number of outcomes under it. */
    public record Column(BalanceAxis.Category category, int count) {
        public boolean gap() {
            return count == 0;
        }
    }

    /** An outcome and the categories it falls under on one axis, with a cell for each column in order. */
    public record Row(OutcomeView outcome, Set<String> under, List<Cell> cells) {
        public boolean under(String key) {
            return under.contains(key);
        }
    }

    /** One cell of the matrix: whether the outcome is under the column's category, and whether the column is a gap. */
    public record Cell(boolean marked, boolean gap) {
    }

    public static Balance of(List<OutcomeView> outcomes) {
        return new Balance(outcomes.size(), Arrays.stream(BalanceAxis.values()).map(a -> axis(a, outcomes)).toList());
    }

    public Axis axis(BalanceAxis axis) {
        return axes.get(axis.ordinal());
    }

    private static Axis axis(BalanceAxis axis, List<OutcomeView> outcomes) {
        List<Set<String>> under = outcomes.stream().map(o -> axis.of(o.details())).toList();
        List<Column> columns = axis.categories().stream()
                .map(c -> new Column(c, (int) under.stream().filter(u -> u.contains(c.key())).count())).toList();
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Set<String> keys = under.get(i);
            rows.add(new Row(outcomes.get(i), keys, columns.stream()
                    .map(c -> new Cell(keys.contains(c.category().key()), c.gap())).toList()));
        }
        int unclassified = (int) under.stream().filter(Set::isEmpty).count();
        return new Axis(axis, columns, List.copyOf(rows), unclassified);
    }
}
