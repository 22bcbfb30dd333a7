package org.tandem.coproduction.internal;

/**
 * Everything a commission's co-production page and the API summary show, derived from its activities (and the
 * commissioner's confirmation of the matrix, when there is one).
 */
public record CoProductionSummary(int activities, int participants, LadderOverTime ladder, CoverageOfCos cos,
                                  MatrixDerivation matrix, MatrixConfirmation confirmation, NeedhamCarrLevel level,
                                  EqualitiesProfile equalities, UsualSuspects usualSuspects) {

    /** The confirmed cell no longer matches what the records now show. */
    public boolean recordsMovedSinceConfirmed() {
        return confirmation != null && confirmation.derivedThen() != matrix.model();
    }
}
