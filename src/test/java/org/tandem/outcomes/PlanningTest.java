package org.tandem.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.insight.needs.NeedRepository;
import org.tandem.insight.needs.Priority;
import org.tandem.support.ApiTest;

/**
 * Base of the planning tests (quality characteristics, demand views, logic models): each test works on a commission
 * of its own led by the demo council, so the council's people play their roles and the demo story is never changed.
 */
public abstract class PlanningTest extends ApiTest {

    @Autowired
    private NeedRepository needs;

    protected String pagePath(UUID commissionId) {
        return demo.councilPath() + "/commissions/" + commissionId;
    }

    protected String apiPath(UUID commissionId) {
        return "/api/v1/organisations/" + demo.council() + "/commissions/" + commissionId;
    }

    /** A need of the commission, as the needs assessment would have added it. */
    protected UUID need(UUID commissionId, String title) {
        return needs.create(demo.council(), commissionId, title, null, Priority.HIGH, List.of(), Instant.now()).id();
    }

    protected long rows(String table, UUID commissionId) {
        return jdbc.sql("select count(*) from " + table + " where commission_id = ?").param(commissionId)
                .query(Long.class).single();
    }
}
