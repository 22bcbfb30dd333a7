package org.tandem.coproduction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.commissions.Phase;

/**
 * An activity's details for a test: a valid consultation by default, changed only where the test cares, so each test
 * reads as the one fact it is about.
 */
public final class Activities {

    private LocalDate heldOn = LocalDate.of(2026, 9, 1);
    private Phase phase = Phase.INSIGHT;
    private ActivityMethod method = ActivityMethod.WORKSHOP;
    private String methodDetail;
    private String title = "A test activity";
    private String purpose = "To find something out";
    private final Map<ParticipantKind, Integer> participants = new EnumMap<>(ParticipantKind.class);
    private final List<NamedPerson> named = new ArrayList<>();
    private LadderRung rung = LadderRung.CONSULTING;
    private Set<CoProductionMode> modes = EnumSet.of(CoProductionMode.CO_DESIGN);
    private DecisionLevel level = DecisionLevel.MACRO;
    private String whatChanged;
    private final Map<EqualityGroup, Integer> equalities = new EnumMap<>(EqualityGroup.class);

    private Activities() {
        participants.put(ParticipantKind.PERSON_USING_SERVICES, 10);
        participants.put(ParticipantKind.PROFESSIONAL, 2);
    }

    public static Activities activity() {
        return new Activities();
    }

    public Activities on(LocalDate date) {
        this.heldOn = date;
        return this;
    }

    public Activities phase(Phase value) {
        this.phase = value;
        return this;
    }

    public Activities method(ActivityMethod value, String detail) {
        this.method = value;
        this.methodDetail = detail;
        return this;
    }

    public Activities titled(String value) {
        this.title = value;
        return this;
    }

    public Activities purpose(String value) {
        this.purpose = value;
        return this;
    }

    /** Replaces the participant counts: kinds and numbers in turn. */
    public Activities with(Object... kindsAndCounts) {
        participants.clear();
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            participants.put((ParticipantKind) kindsAndCounts[i], (Integer) kindsAndCounts[i + 1]);
        }
        return this;
    }

    public Activities named(NamedPerson... people) {
        named.addAll(List.of(people));
        return this;
    }

    public Activities named(String... names) {
        for (String name : names) {
            named.add(NamedPerson.typed(name));
        }
        return this;
    }

    public Activities at(LadderRung value) {
        this.rung = value;
        return this;
    }

    public Activities serving(CoProductionMode... values) {
        this.modes = values.length == 0 ? Set.of() : EnumSet.copyOf(List.of(values));
        return this;
    }

    public Activities level(DecisionLevel value) {
        this.level = value;
        return this;
    }

    public Activities changed(String value) {
        this.whatChanged = value;
        return this;
    }

    public Activities profile(EqualityGroup group, int count) {
        equalities.put(group, count);
        return this;
    }

    public ActivityDetails details() {
        return new ActivityDetails(heldOn, phase, method, methodDetail, title, purpose, participants, named, rung,
                modes, level, whatChanged, equalities);
    }
}
