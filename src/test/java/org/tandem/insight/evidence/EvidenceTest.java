package org.tandem.insight.evidence;

import java.util.UUID;
import org.tandem.support.ApiTest;

/**
 * Base of the needs and evidence tests: each test works on a commission of its own, led by the demo council (so the
 * council's wards and people are there), and never changes the demo story's commission.
 */
abstract class EvidenceTest extends ApiTest {

    protected String commissionPath(UUID commissionId) {
        return demo.councilPath() + "/commissions/" + commissionId;
    }

    protected String apiPath(UUID commissionId) {
        return "/api/v1/organisations/" + demo.council() + "/commissions/" + commissionId + "/evidence";
    }

    protected UUID ward(String name) {
        return jdbc.sql("select id from ward where organisation_id = ? and name = ?").params(demo.council(), name)
                .query(UUID.class).single();
    }
}
