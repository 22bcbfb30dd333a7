package org.tandem.insight.provision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.tandem.insight.provision.ProvisionTotals;

/** The baseline's totals in the API; amounts are pounds and pence as strings. */
record ProvisionTotalsJson(LocalDate today, int services, String total, List<RowJson> byClientGroup,
                           @Schema(description = "Services working in each ward; borough-wide services are not "
                                   + "counted in any ward but once, in boroughWide") List<RowJson> byWard,
                           RowJson boroughWide, List<RowJson> bySource, EndingJson within12Months,
                           EndingJson within24Months) {

    record RowJson(String label, int services, String value) {
        static RowJson of(ProvisionTotals.Row row) {
            return new RowJson(row.label(), row.services(), row.value().plain());
        }
    }

    record EndingJson(@Schema(description = "The last day counted") LocalDate by, int services, String value) {
        static EndingJson of(ProvisionTotals.Ending ending) {
            return new EndingJson(ending.by(), ending.services(), ending.value().plain());
        }
    }

    static ProvisionTotalsJson of(ProvisionTotals t) {
        return new ProvisionTotalsJson(t.today(), t.services(), t.total().plain(),
                t.byClientGroup().stream().map(RowJson::of).toList(), t.byWard().stream().map(RowJson::of).toList(),
                RowJson.of(t.boroughWide()), t.bySource().stream().map(RowJson::of).toList(),
                EndingJson.of(t.within12Months()), EndingJson.of(t.within24Months()));
    }
}
