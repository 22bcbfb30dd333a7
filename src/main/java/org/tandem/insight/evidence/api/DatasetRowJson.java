package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tandem.insight.evidence.datasets.DatasetRow;

/** One value of a dataset. {@code wardCode} is null for the whole area. */
record DatasetRowJson(@Schema(description = "The row of the imported file; the header is row 1") int row,
                      String indicator, String unit, String area, String wardCode, String period,
                      @Schema(description = "As a string so no precision is lost", example = "8.4") String value) {

    static DatasetRowJson of(DatasetRow r) {
        return new DatasetRowJson(r.rowNumber(), r.indicator(), r.unit(), r.area(), r.wardCode(), r.period(),
                r.value().stripTrailingZeros().toPlainString());
    }
}
