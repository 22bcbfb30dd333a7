package org.tandem.insight.wards;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.imports.CsvImport;
import org.tandem.platform.imports.CsvLayout;
import org.tandem.platform.imports.CsvRow;

/**
 * Adding, renaming and importing an organisation's wards. Codes are unique in the organisation (a constraint) and
 * so are names (checked here: two wards called Eastfield would make every filter ambiguous). Every change is audited.
 */
@Service
public class WardService {

    /** A borough has a few dozen wards and a county a few hundred divisions: a megabyte is far more than enough. */
    static final long MAX_IMPORT_BYTES = 1024 * 1024;
    public static final CsvLayout IMPORT_LAYOUT = CsvLayout.of(List.of("code", "name"), List.of())
            .withMaxBytes(MAX_IMPORT_BYTES);

    private final WardRepository wards;
    private final AuditLog audit;
    private final Clock clock;

    WardService(WardRepository wards, AuditLog audit, Clock clock) {
        this.wards = wards;
        this.audit = audit;
        this.clock = clock;
    }

    public WardVersion view(UUID organisationId, UUID wardId) {
        return wards.findVersioned(organisationId, wardId).orElseThrow(() -> new NotFoundException("Ward"));
    }

    @Transactional
    public Ward add(UUID organisationId, String code, String name) {
        check(code, name);
        String cleanCode = WardRules.code(code);
        String cleanName = WardRules.name(name);
        if (wards.findByCode(organisationId, cleanCode).isPresent()) {
            throw new RuleViolation("code", "Another ward already has the code " + cleanCode);
        }
        requireFreeName(organisationId, cleanName, null);
        Ward ward = wards.create(organisationId, cleanCode, cleanName, clock.instant());
        audit.record(AuditEntry.of(organisationId, "ward.created", "ward", ward.id(),
                "Ward " + cleanName + " (" + cleanCode + ") added").after(ward));
        return ward;
    }

    @Transactional
    public Ward rename(UUID organisationId, UUID wardId, int version, String code, String name) {
        Ward before = view(organisationId, wardId).ward();
        check(code, name);
        String cleanCode = WardRules.code(code);
        String cleanName = WardRules.name(name);
        Optional<Ward> sameCode = wards.findByCode(organisationId, cleanCode);
        if (sameCode.isPresent() && !sameCode.get().id().equals(wardId)) {
            throw new RuleViolation("code", "Another ward already has the code " + cleanCode);
        }
        requireFreeName(organisationId, cleanName, wardId);
        if (!wards.rename(organisationId, wardId, version, cleanCode, cleanName)) {
            throw new ConflictException("Someone else changed this ward while you were editing. "
                    + "Reload the page to see their change, then make yours again.");
        }
        Ward after = view(organisationId, wardId).ward();
        audit.record(AuditEntry.of(organisationId, "ward.renamed", "ward", wardId,
                "Ward " + before.name() + " (" + before.code() + ") is now " + after.name() + " (" + after.code() + ")")
                .before(before).after(after));
        return after;
    }

    /**
     * Reads a CSV of code and name, streamed, in one transaction: a code already known renames that ward, a new code
     * adds one. Any problem in any row refuses the whole file, so nothing from it is kept.
     */
    @Transactional
    public WardImportResult importCsv(UUID organisationId, InputStream csv) {
        Set<String> codesInFile = new HashSet<>();
        int[] added = {0};
        int[] renamed = {0};
        int[] unchanged = {0};
        long rows = CsvImport.read(csv, IMPORT_LAYOUT, row -> {
            String code = cell(row, "code", WardRules.codeProblem(row.text("code")));
            String name = cell(row, "name", WardRules.nameProblem(row.text("name")));
            if (code == null || name == null) {
                return;
            }
            if (!codesInFile.add(code)) {
                row.problem("code", "'" + code + "' appears more than once in the file");
                return;
            }
            Optional<Ward> existing = wards.findByCode(organisationId, code);
            Optional<Ward> sameName = wards.findByName(organisationId, name);
            if (sameName.isPresent() && (existing.isEmpty() || !sameName.get().id().equals(existing.get().id()))) {
                row.problem("name", "'" + name + "' is already the name of ward " + sameName.get().code());
                return;
            }
            if (existing.isEmpty()) {
                wards.create(organisationId, code, name, clock.instant());
                added[0]++;
            } else if (!existing.get().name().equals(name) || !existing.get().code().equals(code)) {
                WardVersion current = view(organisationId, existing.get().id());
                wards.rename(organisationId, existing.get().id(), current.version(), code, name);
                renamed[0]++;
            } else {
                unchanged[0]++;
            }
        });
        WardImportResult result = new WardImportResult(rows, added[0], renamed[0], unchanged[0]);
        audit.record(AuditEntry.of(organisationId, "ward.imported", "ward", null,
                "Wards imported from CSV: " + rows + " rows, " + result.added() + " added, " + result.renamed()
                        + " renamed").after(Map.of("rows", rows, "added", result.added(), "renamed", result.renamed(),
                "unchanged", result.unchanged())));
        return result;
    }

    private static String cell(CsvRow row, String column, String problem) {
        if (WardRules.blank(row.text(column))) {
            row.problem(column, "is empty; enter the ward's " + column);
            return null;
        }
        if (problem != null) {
            row.problem(column, problem);
            return null;
        }
        return column.equals("code") ? WardRules.code(row.text(column)) : WardRules.name(row.text(column));
    }

    private static void check(String code, String name) {
        WardRules.check(code, name, (field, message) -> {
            throw new RuleViolation(field, message);
        });
    }

    private void requireFreeName(UUID organisationId, String name, UUID except) {
        Optional<Ward> sameName = wards.findByName(organisationId, name);
        if (sameName.isPresent() && !sameName.get().id().equals(except)) {
            throw new RuleViolation("name", "Another ward is already called " + sameName.get().name());
        }
    }
}
