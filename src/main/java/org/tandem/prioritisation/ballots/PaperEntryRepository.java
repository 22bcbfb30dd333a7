package org.tandem.prioritisation.ballots;

import static org.tandem.platform.Timestamps.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.Timestamps;

/** Officers' entries of paper ballot sheets, and which sheets have become counted ballots. */
@Repository
class PaperEntryRepository {

    /** One officer's reading of one sheet: entry 1 and 2 independently, 3 a supervisor's settling of a mismatch. */
    record Entry(int sheet, int entry, UUID enteredBy, String enteredByName, UUID districtId, String choices,
                 Instant enteredAt) {

        boolean sameReading(Entry other) {
            return choices.equals(other.choices) && java.util.Objects.equals(districtId, other.districtId);
        }
    }

    private final JdbcClient jdbc;

    PaperEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> entries(UUID organisationId, UUID processId, Integer sheet) {
        return jdbc.sql("""
                select sheet_number, entry, entered_by, entered_by_name, district_id, choices, entered_at
                from pb_paper_entry where process_id = :process and organisation_id = :org
                    and (cast(:sheet as int) is null or sheet_number = :sheet)
                order by sheet_number, entry""")
                .param("process", processId).param("org", organisationId).param("sheet", sheet)
                .query((rs, n) -> new Entry(rs.getInt("sheet_number"), rs.getInt("entry"),
                        rs.getObject("entered_by", UUID.class), rs.getString("entered_by_name"),
                        rs.getObject("district_id", UUID.class), rs.getString("choices"),
                        Timestamps.instant(rs, "entered_at")))
                .list();
    }

    void insert(UUID organisationId, UUID processId, Entry e) {
        jdbc.sql("""
                insert into pb_paper_entry (id, process_id, organisation_id, sheet_number, entry, entered_by,
                    entered_by_name, district_id, choices, entered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), processId, organisationId, e.sheet(), e.entry(), e.enteredBy(),
                        e.enteredByName(), e.districtId(), e.choices(), utc(e.enteredAt()))
                .update();
    }

    void counted(UUID organisationId, UUID processId, int sheet, UUID ballotId) {
        jdbc.sql("""
                insert into pb_paper_sheet (process_id, organisation_id, sheet_number, ballot_id)
                values (?, ?, ?, ?)""").params(processId, organisationId, sheet, ballotId).update();
    }
}
