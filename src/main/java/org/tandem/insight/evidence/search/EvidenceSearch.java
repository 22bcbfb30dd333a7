package org.tandem.insight.evidence.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.evidence.SearchWords;
import org.tandem.insight.evidence.datasets.Dataset;
import org.tandem.insight.evidence.datasets.DatasetRepository;
import org.tandem.insight.evidence.items.EvidenceItem;
import org.tandem.insight.evidence.items.EvidenceItemRepository;
import org.tandem.insight.evidence.risks.Risk;
import org.tandem.insight.evidence.risks.RiskRepository;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;

/**
 * Searches a commission's evidence (or all the evidence an organisation holds for its commissions): datasets by
 * title, source, description and indicators; evidence items by title, summary, quotes, themes and gatherers; risks by
 * everything written about them. Every word typed must be found; each hit shows where.
 */
@Service
public class EvidenceSearch {

    private final EvidenceSearchRepository search;
    private final DatasetRepository datasets;
    private final EvidenceItemRepository items;
    private final RiskRepository risks;
    private final CommissionAccess access;
    private final Commissions commissions;

    EvidenceSearch(EvidenceSearchRepository search, DatasetRepository datasets, EvidenceItemRepository items,
                   RiskRepository risks, CommissionAccess access, Commissions commissions) {
        this.search = search;
        this.datasets = datasets;
        this.items = items;
        this.risks = risks;
        this.access = access;
        this.commissions = commissions;
    }

    /** One commission's evidence, for anyone who can see the commission. */
    public SearchResults inCommission(CurrentUser.Membership organisation, UUID commissionId, String typed,
                                      EvidenceKind kind, PageRequest page) {
        CommissionView commission = access.readable(organisation, commissionId);
        return run(commission.lead().id(), commission.id(), typed, kind, page);
    }

    /** Every commission's evidence that the organisation holds, as the lead of those commissions. */
    public SearchResults inOrganisation(CurrentUser.Membership organisation, String typed, EvidenceKind kind,
                                        PageRequest page) {
        return run(organisation.organisationId(), null, typed, kind, page);
    }

    private SearchResults run(UUID organisationId, UUID commissionId, String typed, EvidenceKind kind,
                              PageRequest page) {
        List<String> patterns = SearchWords.patterns(typed);
        if (patterns.isEmpty()) {
            return new SearchResults(new ResultPage<>(List.of(), page.page(), page.size(), 0), Map.of());
        }
        ResultPage<EvidenceSearchRepository.Row> rows = search.search(organisationId, commissionId, patterns, kind,
                page);
        Map<EvidenceKind, Long> counts = search.counts(organisationId, commissionId, patterns);
        List<String> words = SearchWords.words(typed);
        Map<UUID, String> titles = commissionTitles(organisationId, rows.items());
        Map<UUID, SearchHit> hits = new HashMap<>();
        datasets.findAll(organisationId, ids(rows, EvidenceKind.DATASET))
                .forEach(d -> hits.put(d.id(), hit(d, titles, words)));
        items.findAll(organisationId, ids(rows, EvidenceKind.ITEM))
                .forEach(i -> hits.put(i.id(), hit(i, titles, words)));
        risks.findAll(organisationId, ids(rows, EvidenceKind.RISK))
                .forEach(r -> hits.put(r.id(), hit(r, titles, words)));
        // A hit deleted between the two reads is left out rather than shown empty.
        return new SearchResults(new ResultPage<>(rows.items().stream().map(r -> hits.get(r.id()))
                .filter(Objects::nonNull).toList(), rows.page(), rows.size(), rows.total()), counts);
    }

    private Map<UUID, String> commissionTitles(UUID organisationId, List<EvidenceSearchRepository.Row> rows) {
        return rows.stream().map(EvidenceSearchRepository.Row::commissionId).distinct()
                .map(id -> commissions.find(id, organisationId).orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.toMap(CommissionView::id, CommissionView::title));
    }

    private static Set<UUID> ids(ResultPage<EvidenceSearchRepository.Row> rows, EvidenceKind kind) {
        return rows.items().stream().filter(r -> r.kind() == kind).map(EvidenceSearchRepository.Row::id)
                .collect(Collectors.toSet());
    }

    private static SearchHit hit(Dataset d, Map<UUID, String> titles, List<String> words) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("Indicator", d.indicators().stream().map(Dataset.Indicator::name).toList());
        fields.put("Source", List.of(d.source()));
        fields.put("Description", nonNull(d.description()));
        return new SearchHit(EvidenceKind.DATASET, d.id(), d.commissionId(), titles.get(d.commissionId()), d.title(),
                Snippet.highlighted(d.title(), words), d.rowCount() + " rows from " + d.source(),
                Snippet.find(fields, words));
    }

    private static SearchHit hit(EvidenceItem i, Map<UUID, String> titles, List<String> words) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("Quote", i.quotes().stream().map(q -> q.attribution() == null ? q.text()
                : q.text() + " — " + q.attribution()).toList());
        fields.put("Summary", List.of(i.summary()));
        fields.put("Theme", i.tags());
        fields.put("Gathered by", i.gatherers().stream().map(EvidenceItem.Gatherer::name).toList());
        fields.put("Method", List.of(i.method().label()));
        return new SearchHit(EvidenceKind.ITEM, i.id(), i.commissionId(), titles.get(i.commissionId()), i.title(),
                Snippet.highlighted(i.title(), words),
                i.method().label() + ", " + org.tandem.platform.Timestamps.longDate(i.gatheredOn()),
                Snippet.find(fields, words));
    }

    private static SearchHit hit(Risk r, Map<UUID, String> titles, List<String> words) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Stream.<Map.Entry<String, Function<Risk, String>>>of(
                        Map.entry("Description", Risk::description), Map.entry("Benefits", Risk::benefits),
                        Map.entry("Disbenefits", Risk::disbenefits),
                        Map.entry("How citizens judged it", Risk::acceptanceReasoning),
                        Map.entry("How it was found out", Risk::acceptanceFoundBy),
                        Map.entry("What is done about it", Risk::mitigation), Map.entry("Owner", Risk::owner),
                        Map.entry("Whose risk", Risk::bearerNames))
                .forEach(e -> fields.put(e.getKey(), nonNull(e.getValue().apply(r))));
        return new SearchHit(EvidenceKind.RISK, r.id(), r.commissionId(), titles.get(r.commissionId()), r.title(),
                Snippet.highlighted(r.title(), words), r.rating().label() + " risk, " + r.status().label().toLowerCase(),
                Snippet.find(fields, words));
    }

    private static List<String> nonNull(String text) {
        return text == null ? List.of() : List.of(text);
    }
}
