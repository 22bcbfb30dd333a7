package org.tandem.outcomes.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.Direction;
import org.tandem.outcomes.Frequency;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.IndicatorKind;
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.MeasurementMethod;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ReviewDecision;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.VersionStatus;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;
import org.tandem.outcomes.internal.Balance;
import org.tandem.outcomes.internal.GuidanceRule;
import org.tandem.outcomes.internal.GuidanceWarning;
import org.tandem.outcomes.internal.Review;
import org.tandem.outcomes.internal.ReviewGroup;
import org.tandem.outcomes.internal.VersionDiff;

/** The outcomes API's answers, one record per shape. */
final class OutcomesJson {

    private OutcomesJson() {
    }

    record Framework(UUID id, UUID commissionId, boolean template, String title, String purpose,
                     Integer agreedVersion, List<VersionSummary> versions) {
        static Framework of(FrameworkView f) {
            return new Framework(f.id(), f.commissionId(), f.isTemplate(), f.title(), f.purpose(),
                    f.agreed().map(FrameworkVersionView::number).orElse(null),
                    f.versions().stream().map(VersionSummary::of).toList());
        }
    }

    record VersionSummary(UUID id, int number, VersionStatus status, Integer basedOn, String note,
                          String reviewGroup, Instant createdAt, Instant sentForReviewAt, Instant agreedAt,
                          int version) {
        static VersionSummary of(FrameworkVersionView v) {
            return new VersionSummary(v.id(), v.number(), v.status(), v.basedOnNumber(), v.note(),
                    v.reviewGroupName(), v.createdAt(), v.sentForReviewAt(), v.agreedAt(), v.version());
        }
    }

    record Version(VersionSummary summary, boolean locked, List<Outcome> outcomes, List<Warning> warnings,
                   List<ReviewJson> reviews) {
        static Version of(FrameworkVersionView v, List<OutcomeView> outcomes, List<GuidanceWarning> warnings,
                          List<Review> reviews) {
            return new Version(VersionSummary.of(v), v.isLocked(), outcomes.stream().map(Outcome::of).toList(),
                    warnings.stream().map(Warning::of).toList(), reviews.stream().map(ReviewJson::of).toList());
        }
    }

    record Outcome(UUID id, UUID lineageId, int position, String ownWords, String professionalWording,
                   OutcomeLevel level, ValueType valueType, WellbeingElement wellbeingElement,
                   Set<WayToWellbeing> fiveWays, Set<BottomLine> bottomLines, PreventionLevel preventionLevel,
                   InterventionPathway pathway, Set<ParticipantKind> shapedBy, List<Indicator> indicators,
                   int version) {
        static Outcome of(OutcomeView o) {
            var d = o.details();
            return new Outcome(o.id(), o.lineageId(), o.position(), d.ownWords(), d.professionalWording(), d.level(),
                    d.valueType(), d.wellbeingElement(), d.fiveWays(), d.bottomLines(), d.preventionLevel(),
                    d.pathway(), d.shapedBy(), o.indicators().stream().map(Indicator::of).toList(), o.version());
        }
    }

    record Indicator(UUID id, UUID lineageId, int position, String name, String definition, String unit,
                     Direction direction, BigDecimal baseline, BigDecimal target, String dataSource,
                     Frequency frequency, IndicatorKind kind, MeasurementMethod method, int version) {
        static Indicator of(IndicatorView i) {
            var d = i.details();
            return new Indicator(i.id(), i.lineageId(), i.position(), d.name(), d.definition(), d.unit(),
                    d.direction(), d.baseline(), d.target(), d.dataSource(), d.frequency(), d.kind(), d.method(),
                    i.version());
        }
    }

    record Warning(GuidanceRule rule, String message, UUID outcomeId) {
        static Warning of(GuidanceWarning w) {
            return new Warning(w.rule(), w.message(), w.outcomeId());
        }
    }

    record ReviewJson(UUID personId, String name, ReviewDecision decision, String comment, Instant decidedAt) {
        static ReviewJson of(Review r) {
            return new ReviewJson(r.personId(), r.name(), r.decision(), r.comment(), r.decidedAt());
        }
    }

    record Group(UUID id, String name, String purpose, List<Member> members, int version) {
        record Member(UUID personId, String name) {
        }

        static Group of(ReviewGroup g) {
            return new Group(g.id(), g.name(), g.purpose(),
                    g.members().stream().map(m -> new Member(m.personId(), m.name())).toList(), g.version());
        }
    }

    record BalanceJson(int outcomes, List<Axis> axes) {
        record Axis(String axis, String label, boolean balanced, List<Category> categories, int unclassified) {
        }

        record Category(String key, String label, int outcomes, boolean gap) {
        }

        static BalanceJson of(Balance b) {
            return new BalanceJson(b.outcomes(), b.axes().stream().map(a -> new Axis(a.axis().name(),
                    a.axis().label(), a.axis().isMatrix(), a.columns().stream().map(c -> new Category(
                    c.category().key(), c.category().label(), c.count(), c.gap())).toList(), a.unclassified()))
                    .toList());
        }
    }

    record Diff(int from, int to, Map<String, Long> counts, List<Change> outcomes) {
        record Change(VersionDiff.Kind kind, UUID lineageId, String ownWords, boolean moved,
                      List<VersionDiff.FieldChange> fields, List<IndicatorChange> indicators) {
        }

        record IndicatorChange(VersionDiff.Kind kind, String name, List<VersionDiff.FieldChange> fields) {
        }

        static Diff of(int from, int to, VersionDiff diff) {
            return new Diff(from, to, Map.of("added", diff.count(VersionDiff.Kind.ADDED),
                    "removed", diff.count(VersionDiff.Kind.REMOVED), "changed", diff.count(VersionDiff.Kind.CHANGED)),
                    diff.outcomes().stream().map(c -> new Change(c.kind(),
                            (c.after() != null ? c.after() : c.before()).lineageId(), c.ownWords(), c.moved(),
                            c.fields(), c.indicators().stream().map(i -> new IndicatorChange(i.kind(), i.name(),
                                    i.fields())).toList())).toList());
        }
    }
}
