package org.tandem.outcomes.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeView;

/**
 * What changed between two versions of a framework, outcome by outcome and field by field. Outcomes and indicators
 * are matched by lineage, so an outcome reworded in the new version reads as changed, not as removed and added.
 */
public record VersionDiff(List<OutcomeChange> outcomes) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** A field that differs, with its value in each version as it is shown ("" for nothing). */
    public record FieldChange(String field, String before, String after) {
    }

    public record IndicatorChange(Kind kind, IndicatorView before, IndicatorView after, List<FieldChange> fields) {
        public String name() {
            return (after != null ? after : before).details().name();
        }
    }

    public record OutcomeChange(Kind kind, OutcomeView before, OutcomeView after, List<FieldChange> fields,
                                List<IndicatorChange> indicators, boolean moved) {
        public String ownWords() {
            return (after != null ? after : before).ownWords();
        }
    }

    public boolean isEmpty() {
        return outcomes.isEmpty();
    }

    public long count(Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** For templates, which name the kind. */
    public long count(String kind) {
        return count(Kind.valueOf(kind));
    }

    /** The changes from {@code before} to {@code after}: outcomes in the newer version's order, then removed ones. */
    public static VersionDiff between(List<OutcomeView> before, List<OutcomeView> after) {
        Map<Object, OutcomeView> old = byLineage(before, OutcomeView::lineageId);
        Map<Object, Integer> oldRank = rank(before, OutcomeView::lineageId);
        Map<Object, Integer> newRank = rank(after, OutcomeView::lineageId);
        List<OutcomeChange> changes = new ArrayList<>();
        for (OutcomeView now : after) {
            OutcomeView was = old.get(now.lineageId());
            if (was == null) {
                changes.add(new OutcomeChange(Kind.ADDED, null, now, List.of(), List.of(), false));
                continue;
            }
            List<FieldChange> fields = fields(OUTCOME_FIELDS, was.details(), now.details());
            List<IndicatorChange> indicators = indicators(was.indicators(), now.indicators());
            boolean moved = relativeOrderChanged(now.lineageId(), oldRank, newRank);
            if (!fields.isEmpty() || !indicators.isEmpty() || moved) {
                changes.add(new OutcomeChange(Kind.CHANGED, was, now, fields, indicators, moved));
            }
        }
        Map<Object, OutcomeView> current = byLineage(after, OutcomeView::lineageId);
        before.stream().filter(o -> !current.containsKey(o.lineageId()))
                .forEach(o -> changes.add(new OutcomeChange(Kind.REMOVED, o, null, List.of(), List.of(), false)));
        return new VersionDiff(List.copyOf(changes));
    }

    private static List<IndicatorChange> indicators(List<IndicatorView> before, List<IndicatorView> after) {
        Map<Object, IndicatorView> old = byLineage(before, IndicatorView::lineageId);
        Map<Object, IndicatorView> current = byLineage(after, IndicatorView::lineageId);
        List<IndicatorChange> changes = new ArrayList<>();
        for (IndicatorView now : after) {
            IndicatorView was = old.get(now.lineageId());
            if (was == null) {
                changes.add(new IndicatorChange(Kind.ADDED, null, now, List.of()));
            } else {
                List<FieldChange> fields = fields(INDICATOR_FIELDS, was.details(), now.details());
                if (!fields.isEmpty()) {
                    changes.add(new IndicatorChange(Kind.CHANGED, was, now, fields));
                }
            }
        }
        before.stream().filter(i -> !current.containsKey(i.lineageId()))
                .forEach(i -> changes.add(new IndicatorChange(Kind.REMOVED, i, null, List.of())));
        return changes;
    }

    /**
     * Whether the outcome sits in a different place among the outcomes both versions share: adding or removing
     * others shifts positions without anyone moving this one.
     */
    private static boolean relativeOrderChanged(Object lineage, Map<Object, Integer> oldRank,
                                                Map<Object, Integer> newRank) {
        long beforeItThen = oldRank.keySet().stream().filter(newRank::containsKey)
                .filter(k -> oldRank.get(k) < oldRank.get(lineage)).count();
        long beforeItNow = newRank.keySet().stream().filter(oldRank::containsKey)
                .filter(k -> newRank.get(k) < newRank.get(lineage)).count();
        return beforeItThen != beforeItNow;
    }

    private static <T> Map<Object, T> byLineage(Collection<T> items, Function<T, Object> lineage) {
        Map<Object, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(lineage.apply(i), i));
        return map;
    }

    private static <T> Map<Object, Integer> rank(List<T> items, Function<T, Object> lineage) {
        Map<Object, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            rank.put(lineage.apply(items.get(i)), i);
        }
        return rank;
    }

    private record Field<T>(String label, Function<T, String> shown) {
    }

    private static <T> List<FieldChange> fields(List<Field<T>> fields, T before, T after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field<T> field : fields) {
            String was = field.shown().apply(before);
            String now = field.shown().apply(after);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(field.label(), was, now));
            }
        }
        return changes;
    }

    private static final List<Field<OutcomeDraft>> OUTCOME_FIELDS = List.of(
            new Field<>("In people's own words", d -> text(d.ownWords())),
            new Field<>("Professional wording", d -> text(d.professionalWording())),
            new Field<>("Level", d -> Labels.of(d.level())),
            new Field<>("Value type", d -> Labels.of(d.valueType())),
            new Field<>("Well-being element", d -> Labels.of(d.wellbeingElement())),
            new Field<>("Five ways to well-being", d -> Labels.all(d.fiveWays())),
            new Field<>("Triple bottom line", d -> Labels.all(d.bottomLines())),
            new Field<>("Prevention level", d -> Labels.of(d.preventionLevel())),
            new Field<>("Intervention pathway", d -> Labels.of(d.pathway())),
            new Field<>("Shaped by", d -> Labels.all(d.shapedBy())));

    private static final List<Field<IndicatorDraft>> INDICATOR_FIELDS = List.of(
            new Field<>("Name", d -> text(d.name())),
            new Field<>("Definition", d -> text(d.definition())),
            new Field<>("Unit", d -> text(d.unit())),
            new Field<>("Direction", d -> Labels.of(d.direction())),
            new Field<>("Baseline", d -> number(d.baseline())),
            new Field<>("Target", d -> number(d.target())),
            new Field<>("Data source", d -> text(d.dataSource())),
            new Field<>("Frequency", d -> Labels.of(d.frequency())),
            new Field<>("Outcome, output or proxy", d -> Labels.of(d.kind())),
            new Field<>("How it is measured", d -> Labels.of(d.method())));

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
