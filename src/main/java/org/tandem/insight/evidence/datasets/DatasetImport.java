package org.tandem.insight.evidence.datasets;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.imports.CsvImport;
import org.tandem.platform.imports.CsvLayout;
import org.tandem.platform.imports.CsvRow;

/**
 * Reads one dataset file: a row per value, naming the indicator, the area (a ward by code or name, or the whole
 * area), the period and the value, with an optional unit. Values are written in JDBC batches as they are read, so a
 * file of 200,000 rows never sits in memory; any problem stops the writing and, once the whole file has been read
 * for problems, {@link org.tandem.platform.imports.ImportRejected} rolls the transaction back.
 */
final class DatasetImport {

    /** Large enough for several hundred thousand rows (200,000 rows are about 8 MB); refuses anything bigger. */
    static final long MAX_BYTES = 40L * 1024 * 1024;
    static final int MAX_INDICATORS = 200;
    static final int MAX_PERIODS = 500;
    static final String WHOLE_AREA = "Whole area";
    static final CsvLayout LAYOUT = CsvLayout.of(List.of("indicator", "area", "period", "value"), List.of("unit"))
            .withMaxBytes(MAX_BYTES);
    private static final int BATCH = 1000;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Set<String> WHOLE_AREA_WORDS = Set.of("whole area", "all", "all wards", "total", "borough");

    /** What was stored: the row count, and the indicators and periods in the order the file gave them. */
    record Result(int rows, List<Dataset.Indicator> indicators, List<String> periods) {
    }

    /** Where the figures go; the repository, bound to one dataset. */
    interface Sink {
        void indicator(Dataset.Indicator indicator);

        void period(int position, String label);

        void rows(List<DatasetRepository.NewRow> rows);
    }

    private final Map<String, Ward> wardsByKey = new HashMap<>();
    private final Map<UUID, Integer> wardNumbers = new HashMap<>();
    private final String organisationName;
    private final Sink sink;
    private final Map<String, Dataset.Indicator> indicators = new LinkedHashMap<>();
    private final Map<String, Integer> periods = new LinkedHashMap<>();
    private final Map<Long, Integer> seen = new HashMap<>();
    private final List<DatasetRepository.NewRow> pending = new ArrayList<>(BATCH);
    private boolean clean = true;
    private int stored;

    DatasetImport(List<Ward> wards, String organisationName, Sink sink) {
        this.organisationName = organisationName;
        this.sink = sink;
        for (Ward ward : wards) {
            wardsByKey.put(key(ward.code()), ward);
            wardsByKey.putIfAbsent(key(ward.name()), ward);
            wardNumbers.put(ward.id(), wardNumbers.size() + 1);
        }
    }

    Result read(InputStream csv) {
        CsvImport.read(csv, LAYOUT, this::row);
        flush();
        return new Result(stored, List.copyOf(indicators.values()), List.copyOf(periods.keySet()));
    }

    private void row(CsvRow row) {
        // Read in the columns' usual order, so problems are listed left to right.
        String indicatorName = row.requiredText("indicator", 200);
        String areaText = row.requiredText("area", 100);
        Ward ward = null;
        boolean wholeArea = false;
        if (areaText != null) {
            ward = wardsByKey.get(key(areaText));
            wholeArea = ward == null && (WHOLE_AREA_WORDS.contains(key(areaText))
                    || key(areaText).equals(key(organisationName)));
            if (ward == null && !wholeArea) {
                row.problem("area", "'" + shorten(areaText) + "' is not one of " + organisationName
                        + "'s wards: write a ward code such as " + exampleCode() + ", a ward name, or 'Whole area'");
            }
        }
        String periodLabel = row.requiredText("period", 40);
        BigDecimal value = row.decimal("value", true);
        String unit = row.optionalText("unit", 40);
        Dataset.Indicator indicator = indicatorName == null ? null : indicator(row, indicatorName, unit);
        Integer period = periodLabel == null ? null : period(row, periodLabel);
        if (indicator == null || period == null || value == null || (ward == null && !wholeArea)) {
            clean = false;
            return;
        }
        long key = ((long) indicator.number() << 42) | ((long) period << 21)
                | (ward == null ? 0 : wardNumbers.get(ward.id()));
        Integer earlier = seen.putIfAbsent(key, (int) row.number());
        if (earlier != null) {
            row.problem("period", "repeats row " + earlier + ": there is one value for each indicator, area and "
                    + "period");
            clean = false;
            return;
        }
        if (clean) {
            pending.add(new DatasetRepository.NewRow((int) row.number(), indicator.number(), period,
                    ward == null ? null : ward.id(), ward == null ? WHOLE_AREA : ward.name(), value));
            if (pending.size() == BATCH) {
                flush();
            }
        }
    }

    private Dataset.Indicator indicator(CsvRow row, String name, String unit) {
        Dataset.Indicator known = indicators.get(name);
        if (known == null) {
            if (indicators.size() >= MAX_INDICATORS) {
                row.problem("indicator", "is one indicator too many: a dataset holds up to " + MAX_INDICATORS
                        + "; split the file into several datasets");
                return null;
            }
            known = new Dataset.Indicator(indicators.size(), name, unit);
            indicators.put(name, known);
            if (clean) {
                sink.indicator(known);
            }
            return known;
        }
        if (unit != null && known.unit() != null && !unit.equals(known.unit())) {
            row.problem("unit", "'" + shorten(unit) + "' differs from '" + known.unit()
                    + "', the unit given before for " + shorten(name) + ": use one unit for each indicator");
            return null;
        }
        if (unit != null && known.unit() == null) {
            row.problem("unit", "is given for " + shorten(name) + " here but not in its earlier rows: give the unit "
                    + "in every row of an indicator, or in none");
            return null;
        }
        return known;
    }

    private Integer period(CsvRow row, String label) {
        Integer known = periods.get(label);
        if (known != null) {
            return known;
        }
        if (periods.size() >= MAX_PERIODS) {
            row.problem("period", "is one period too many: a dataset holds up to " + MAX_PERIODS);
            return null;
        }
        int position = periods.size();
        periods.put(label, position);
        if (clean) {
            sink.period(position, label);
        }
        return position;
    }

    private void flush() {
        if (clean && !pending.isEmpty()) {
            sink.rows(List.copyOf(pending));
            stored += pending.size();
        }
        pending.clear();
    }

    private String exampleCode() {
        return wardsByKey.values().stream().map(Ward::code).filter(Objects::nonNull).sorted().findFirst()
                .orElse("a ward code");
    }

    private static String key(String text) {
        return text == null ? "" : SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "..." : value;
    }
}
