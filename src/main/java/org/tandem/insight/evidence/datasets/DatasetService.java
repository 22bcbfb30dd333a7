package org.tandem.insight.evidence.datasets;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.evidence.SearchWords;
import org.tandem.insight.wards.WardRepository;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.files.SafeFileName;

/**
 * A commission's quantitative datasets: imported from CSV in one transaction (a bad file changes nothing),
 * replaced by a newer file, deleted; every change audited. Partners read them; the lead organisation changes them.
 */
@Service
public class DatasetService {

    private final DatasetRepository datasets;
    private final WardRepository wards;
    private final CommissionAccess access;
    private final AuditLog audit;
    private final Clock clock;

    DatasetService(DatasetRepository datasets, WardRepository wards, CommissionAccess access, AuditLog audit,
                   Clock clock) {
        this.datasets = datasets;
        this.wards = wards;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public ResultPage<Dataset> list(CurrentUser.Membership organisation, UUID commissionId, String text,
                                    DatasetRepository.Sort sort, PageRequest page) {
        CommissionView commission = access.readable(organisation, commissionId);
        return datasets.list(commission.lead().id(), commissionId, text, sort, page);
    }

    public Dataset view(CurrentUser.Membership organisation, UUID commissionId, UUID datasetId) {
        return find(access.readable(organisation, commissionId), datasetId);
    }

    public ResultPage<DatasetRow> rows(CurrentUser.Membership organisation, UUID commissionId, UUID datasetId,
                                       Integer indicator, Integer period, PageRequest page) {
        Dataset dataset = view(organisation, commissionId, datasetId);
        return datasets.rows(dataset.organisationId(), datasetId, indicator, period, page);
    }

    /** Every value of one indicator, for its chart. */
    public List<DatasetRow> indicatorRows(Dataset dataset, Dataset.Indicator indicator) {
        return datasets.indicatorRows(dataset.organisationId(), dataset.id(), indicator.number());
    }

    /** Streams every value in the file's order; read-only transaction, so PostgreSQL fetches in batches. */
    @Transactional(readOnly = true)
    public void eachRow(Dataset dataset, Consumer<DatasetRow> consumer) {
        datasets.eachRow(dataset.organisationId(), dataset.id(), consumer);
    }

    @Transactional
    public Dataset importNew(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                             DatasetDetails details, String fileName, InputStream csv) {
        CommissionView commission = access.changeable(organisation, commissionId);
        return importAs(new Actor(user.personId(), user.displayName()), commission, details, fileName, csv);
    }

    /** Also used for demo data, where nobody is signed in. */
    @Transactional
    public Dataset importAs(Actor actor, CommissionView commission, DatasetDetails details, String fileName,
                            InputStream csv) {
        DatasetDetails clean = checked(details);
        UUID organisationId = commission.lead().id();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String file = fileName == null ? null : SafeFileName.of(fileName);
        datasets.insert(id, organisationId, commission.id(), clean, file, actor.name(), now);
        DatasetImport.Result result = load(commission, id, clean, csv);
        audit.recordAs(actor, AuditEntry.of(organisationId, "evidence.dataset-imported", "evidence-dataset", id,
                        "Dataset " + clean.title() + " imported into " + commission.title() + ": " + result.rows()
                                + " rows")
                .after(summary(clean, file, result)));
        return find(commission, id);
    }

    @Transactional
    public Dataset replace(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId, UUID datasetId,
                           int version, DatasetDetails details, String fileName, InputStream csv) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Dataset before = find(commission, datasetId);
        DatasetDetails clean = checked(details);
        if (datasets.lockVersion(before.organisationId(), datasetId).orElseThrow() != version) {
            throw new ConflictException("Someone else replaced or changed this dataset since you opened the page. "
                    + "Look at it again before replacing it.");
        }
        String file = fileName == null ? null : SafeFileName.of(fileName);
        datasets.replace(before.organisationId(), datasetId, clean, file, user.displayName(), clock.instant());
        DatasetImport.Result result = load(commission, datasetId, clean, csv);
        audit.record(AuditEntry.of(before.organisationId(), "evidence.dataset-replaced", "evidence-dataset",
                        datasetId, "Dataset " + clean.title() + " replaced: " + before.rowCount() + " rows before, "
                                + result.rows() + " rows now")
                .before(Map.of("title", before.title(), "source", before.source(), "rows", before.rowCount(),
                        "file", String.valueOf(before.fileName())))
                .after(summary(clean, file, result)));
        return find(commission, datasetId);
    }

    @Transactional
    public void delete(CurrentUser.Membership organisation, UUID commissionId, UUID datasetId) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Dataset dataset = find(commission, datasetId);
        datasets.delete(dataset.organisationId(), datasetId);
        audit.record(AuditEntry.of(dataset.organisationId(), "evidence.dataset-deleted", "evidence-dataset",
                        datasetId, "Dataset " + dataset.title() + " deleted from " + commission.title())
                .before(Map.of("title", dataset.title(), "source", dataset.source(), "rows", dataset.rowCount())));
    }

    private DatasetImport.Result load(CommissionView commission, UUID datasetId, DatasetDetails details,
                                      InputStream csv) {
        UUID organisationId = commission.lead().id();
        DatasetImport.Result result = new DatasetImport(wards.wardsOf(organisationId), commission.lead().name(),
                new DatasetImport.Sink() {
                    @Override
                    public void indicator(Dataset.Indicator indicator) {
                        datasets.insertIndicator(organisationId, datasetId, indicator);
                    }

                    @Override
                    public void period(int position, String label) {
                        datasets.insertPeriod(organisationId, datasetId, position, label);
                    }

                    @Override
                    public void rows(List<DatasetRepository.NewRow> rows) {
                        datasets.insertRows(organisationId, datasetId, rows);
                    }
                }).read(csv);
        datasets.finish(organisationId, datasetId, result.rows(), SearchWords.of(Stream.concat(
                Stream.of(details.title(), details.source(), details.description()),
                result.indicators().stream().map(Dataset.Indicator::name)).toList(), SearchWords.DATASET_MAX));
        return result;
    }

    private Dataset find(CommissionView commission, UUID datasetId) {
        return datasets.find(commission.lead().id(), commission.id(), datasetId)
                .orElseThrow(() -> new NotFoundException("Dataset"));
    }

    private static DatasetDetails checked(DatasetDetails details) {
        details.problems().stream().findFirst().ifPresent(p -> {
            throw new RuleViolation(p.field(), p.message());
        });
        return details.cleaned();
    }

    private static Map<String, Object> summary(DatasetDetails details, String file, DatasetImport.Result result) {
        return Map.of("title", details.title(), "source", details.source(), "file", String.valueOf(file),
                "rows", result.rows(), "indicators", result.indicators().stream().map(Dataset.Indicator::label)
                        .collect(Collectors.joining("; ")), "periods", String.join("; ", result.periods()));
    }
}
