package org.tandem.prioritisation.process;

import org.tandem.prioritisation.PbPhase;

/** The names under which each phase's dates are typed and their problems reported, in forms and the API alike. */
public final class PhaseFields {

    private PhaseFields() {
    }

    public static String start(PbPhase phase) {
        return phase.name() + "-start";
    }

    public static String end(PbPhase phase) {
        return phase.name() + "-end";
    }
}
