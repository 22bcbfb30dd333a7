package org.tandem.coproduction.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/** The commissioner's confirmation of each commission's cell in the matrix: one per commission. */
@Repository
public class MatrixConfirmationRepository {

    private final JdbcClient jdbc;

    MatrixConfirmationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MatrixConfirmation> find(UUID organisationId, UUID commissionId) {
        return jdbc.sql("""
                        select model, derived_model, reason, confirmed_by_name, confirmed_at
                        from coproduction_matrix_confirmation where organisation_id = ? and commission_id = ?""")
                .params(organisationId, commissionId)
                .query((rs, n) -> new MatrixConfirmation(InvolvementModel.valueOf(rs.getString("model")),
                        InvolvementModel.valueOf(rs.getString("derived_model")), rs.getString("reason"),
                        rs.getString("confirmed_by_name"), instant(rs, "confirmed_at")))
                .optional();
    }

    /** Replaces any earlier confirmation: the audit log keeps the history. */
    public void save(UUID organisationId, UUID commissionId, MatrixConfirmation confirmation, UUID confirmedBy) {
        jdbc.sql("delete from coproduction_matrix_confirmation where organisation_id = ? and commission_id = ?")
                .params(organisationId, commissionId).update();
        jdbc.sql("""
                insert into coproduction_matrix_confirmation (commission_id, organisation_id, model, derived_model,
                    reason, confirmed_by, confirmed_by_name, confirmed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(commissionId, organisationId, confirmation.model().name(), confirmation.derivedThen().name(),
                        confirmation.reason(), confirmedBy, confirmation.confirmedByName(),
                        utc(confirmation.confirmedAt()))
                .update();
    }
}
