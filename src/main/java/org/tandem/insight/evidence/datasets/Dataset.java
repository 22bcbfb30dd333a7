package org.tandem.insight.evidence.datasets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A quantitative dataset of a commission, such as the JSNA's youth indicators: values of indicators by area (a
 * ward, or the whole area) and period, imported from a CSV file. Indicators and periods keep the order the file
 * gave them.
 */
public record Dataset(UUID id, UUID organisationId, UUID commissionId, String title, String source,
                      String description, String fileName, int rowCount, List<Indicator> indicators,
                      List<String> periods, String importedByName, Instant importedAt, int version) {

    public Dataset {
        indicators = List.copyOf(indicators);
        periods = List.copyOf(periods);
    }

    /** An indicator as the file named it, numbered from 0 in the order the file first gave it, with its unit. */
    public record Indicator(int number, String name, String unit) {

        /** "NEET rate (%)" */
        public String label() {
            return unit == null ? name : name + " (" + unit + ")";
        }
    }

    public Optional<Indicator> indicator(int number) {
        return indicators.stream().filter(i -> i.number() == number).findFirst();
    }
}
