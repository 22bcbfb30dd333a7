package org.tandem.platform.audit;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone with database access could try to rewrite history. Changing, removing or reordering an audit entry must
 * be reported at the first broken entry. Each tampering happens in a transaction that is rolled back afterwards, so
 * the shared log stays intact for every other test.
 */
class TamperedAuditLogIsDetectedTest extends IntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    TransactionTemplate transactions;

    private List<Long> recent;

    @BeforeEach
    void writeSomeEntries() {
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < 3; i++) {
                audit.recordAs(AuditLog.Actor.TANDEM, AuditEntry.of(demo.council(), "test.entry", "test", i,
                        "Entry " + i).after(java.util.Map.of("n", i)));
            }
        });
        recent = jdbc.sql("select seq from audit_event order by seq desc limit 3").query(Long.class).list().reversed();
    }

    @Test
    void anUntouchedLogIsIntact() {
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).as(result.describe()).isTrue();
        assertThat(result.eventsChecked()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aChangedEntryIsReportedWhereItWasChanged() {
        long victim = recent.get(1);
        AuditVerification result = tamperedWith(
                "update audit_event set summary = 'Nothing happened here' where seq = " + victim);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(victim);
        assertThat(result.problem()).contains("changed after it was written");
    }

    @Test
    void aChangedBeforeAndAfterStateIsDetectedToo() {
        long victim = recent.get(0);
        AuditVerification result = tamperedWith(
                "update audit_event set after_state = '{\"n\":99}' where seq = " + victim);
        assertThat(result.brokenAt()).isEqualTo(victim);
    }

    @Test
    void aRemovedEntryIsReportedAsMissing() {
        long victim = recent.get(1);
        AuditVerification result = tamperedWith("delete from audit_event where seq = " + victim);
        assertThat(result.brokenAt()).isEqualTo(victim);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void reorderedEntriesAreReported() {
        long first = recent.get(0);
        long second = recent.get(1);
        AuditVerification result = tamperedWith(
                "update audit_event set seq = -1 where seq = " + first,
                "update audit_event set seq = " + first + " where seq = " + second,
                "update audit_event set seq = " + second + " where seq = -1");
        assertThat(result.brokenAt()).isEqualTo(first);
        assertThat(result.problem()).contains("does not follow");
    }

    @Test
    void removingTheLatestEntriesIsReported() {
        long last = recent.get(2);
        AuditVerification result = tamperedWith("delete from audit_event where seq = " + last);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("latest events were removed");
    }

    private AuditVerification tamperedWith(String... statements) {
        return transactions.execute(tx -> {
            for (String sql : statements) {
                jdbc.sql(sql).update();
            }
            AuditVerification result = verifier.verify();
            tx.setRollbackOnly();
            return result;
        });
    }
}
