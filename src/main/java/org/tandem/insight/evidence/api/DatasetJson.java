package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.evidence.datasets.Dataset;

/** A dataset in the API: its details, indicators (numbered from 0, for the rows filter) and periods in order. */
record DatasetJson(UUID id, String title, String source, String description, String fileName, int rowCount,
                   List<IndicatorJson> indicators, List<String> periods, String importedBy, Instant importedAt,
                   @Schema(description = "Send it back when replacing the dataset") int version) {

    record IndicatorJson(int number, String name, String unit) {
    }

    static DatasetJson of(Dataset d) {
        return new DatasetJson(d.id(), d.title(), d.source(), d.description(), d.fileName(), d.rowCount(),
                d.indicators().stream().map(i -> new IndicatorJson(i.number(), i.name(), i.unit())).toList(),
                d.periods(), d.importedByName(), d.importedAt(), d.version());
    }
}
