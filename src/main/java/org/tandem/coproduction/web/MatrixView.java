package org.tandem.coproduction.web;

import java.util.Arrays;
import java.util.List;
import org.tandem.coproduction.internal.CoProductionSummary;
import org.tandem.coproduction.internal.Involvement;
import org.tandem.coproduction.internal.InvolvementModel;

/**
 * Dorset's 3x3 matrix as the page draws it: planning across the top, delivery down the side, each cell its named
 * model, marked where the records place the commission and where a commissioner confirmed it.
 */
record MatrixView(List<Involvement> columns, List<Row> rows) {

    record Cell(InvolvementModel model, boolean derived, boolean confirmed) {
    }

    record Row(Involvement delivery, List<Cell> cells) {
    }

    static MatrixView of(CoProductionSummary summary) {
        InvolvementModel derived = summary.matrix().model();
        InvolvementModel confirmed = summary.confirmation() == null ? null : summary.confirmation().model();
        List<Involvement> sides = Arrays.asList(Involvement.values());
        return new MatrixView(sides, sides.stream().map(delivery -> new Row(delivery, sides.stream()
                .map(planning -> InvolvementModel.of(planning, delivery))
                .map(model -> new Cell(model, model == derived, model == confirmed)).toList())).toList());
    }
}
