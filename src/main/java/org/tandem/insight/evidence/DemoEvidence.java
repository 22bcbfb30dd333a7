package org.tandem.insight.evidence;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.insight.evidence.datasets.DatasetDetails;
import org.tandem.insight.evidence.datasets.DatasetService;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardRepository;

/**
 * The demo story's needs evidence for Millbrook's youth services: the JSNA 2026 youth indicators by ward, what young
 * people, young carers, providers and mystery shoppers told the commission, and the risk register the young people
 * helped write. Runs after the wards and needs exist ({@code @Order(40)}).
 */
@Component
class DemoEvidence {

    /** The JSNA's years. */
    static final List<String> YEARS = List.of("2022", "2023", "2024", "2025");

    private final DatasetService datasets;
    private final WardRepository wards;
    private final Commissions commissions;

    DemoEvidence(DatasetService datasets, WardRepository wards, Commissions commissions) {
        this.datasets = datasets;
        this.wards = wards;
        this.commissions = commissions;
    }

    @EventListener
    @Order(40)
    void on(DemoCommissionReady demo) {
        CommissionView youth = commissions.find(demo.commissionId(), demo.organisationId()).orElseThrow();
        datasets.importAs(demo.cast().person("officer"), youth, new DatasetDetails("JSNA 2026: young people by ward",
                        "Millbrook joint strategic needs assessment 2026, youth chapter",
                        "Four indicators the needs assessment tracks for young people, by ward, for the calendar years "
                                + "2022 to 2025. Rates are for the young people of each ward; young carers are "
                                + "those known to the council or the carers centre."),
                "jsna-2026-youth-by-ward.csv",
                new ByteArrayInputStream(jsnaCsv(wards.wardsOf(demo.organisationId()))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Figures made up but shaped by the story: NEET rates in Northgate and Market about twice the borough's,
     * mental-health referrals up by a third in two years, girls' activity low everywhere and lowest on the estates,
     * and young carers most often known in Eastfield and Northgate. The same every time (no randomness).
     */
    static String jsnaCsv(List<Ward> wards) {
        Map<String, Double> neetWeight = Map.of("Northgate", 2.1, "Market", 1.9, "Eastfield", 1.3,
                "Canal Side", 1.2, "Brookside", 1.1);
        Map<String, Double> estate = Map.of("Brookside", 0.85, "Canal Side", 0.85, "Eastfield", 0.8,
                "Northgate", 0.85);
        Map<String, Double> carers = Map.of("Eastfield", 1.6, "Northgate", 1.5, "Riverside", 1.1);
        StringBuilder csv = new StringBuilder("indicator,area,period,value,unit\n");
        for (int y = 0; y < YEARS.size(); y++) {
            String year = YEARS.get(y);
            for (int w = 0; w < wards.size(); w++) {
                Ward ward = wards.get(w);
                double spread = 1 + ((w * 7 + y * 3) % 5 - 2) * 0.03;
                row(csv, "Young people aged 16 to 17 not in education, employment or training", ward.code(), year,
                        4.2 * neetWeight.getOrDefault(ward.name(), 0.8) * spread * (1 - 0.02 * y), 1, "%");
                row(csv, "Mental health referrals per 1,000 young people aged 10 to 17", ward.code(), year,
                        (17 + w % 4) * (1 + 0.17 * y) * spread, 1, "per 1,000");
                row(csv, "Girls aged 11 to 16 active for an hour a day", ward.code(), year,
                        31 * estate.getOrDefault(ward.name(), 1.0) * spread + y * 0.4, 1, "%");
                row(csv, "Young carers known to services", ward.code(), year,
                        (28 + w * 3) * carers.getOrDefault(ward.name(), 0.9) * (1 + 0.08 * y), 0, "young people");
            }
            row(csv, "Young people aged 16 to 17 not in education, employment or training", "Whole area", year,
                    4.4 * (1 - 0.02 * y), 1, "%");
            row(csv, "Mental health referrals per 1,000 young people aged 10 to 17", "Whole area", year,
                    18.5 * (1 + 0.17 * y), 1, "per 1,000");
            row(csv, "Girls aged 11 to 16 active for an hour a day", "Whole area", year, 28.6 + y * 0.4, 1, "%");
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String indicator, String area, String year, double value, int scale,
                            String unit) {
        csv.append('"').append(indicator).append("\",").append(area).append(',').append(year).append(',')
                .append(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString()).append(',')
                .append('"').append(unit).append("\"\n");
    }
}
