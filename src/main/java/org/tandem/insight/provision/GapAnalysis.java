package org.tandem.insight.provision;

import java.util.Comparator;
import java.util.List;
import org.tandem.insight.needs.Need;
import org.tandem.insight.wards.Ward;

/**
 * Current provision set against a commission's prioritised needs (seed 002, Table 2: the Plan phase's gap analysis
 * follows the Analyse phase's review of service provision and needs assessment). For each need: the services that
 * address it, and for each ward where the need is felt, the services that address it there. A need felt in
 * Eastfield with no service there is a gap, however many services meet it elsewhere. A need with no wards of its
 * own is felt across the borough, so every ward is checked. Uncovered needs come first, then partly covered ones,
 * most pressing first within each.
 *
 * <p>Built on needs because outcomes do not exist yet; once the outcomes framework does, the same view sets
 * services against the outcomes each need leads to.
 */
public record GapAnalysis(List<NeedCoverage> needs) {

    /** How well current provision covers a need. */
    public enum Coverage {
        GAP("No service", "No current service addresses this need"),
        PARTLY_COVERED("Partly covered", "Some wards where the need is felt have no service addressing it"),
        COVERED("Covered", "Every ward where the need is felt has a service addressing it");

        private final String label;
        private final String description;

        Coverage(String label, String description) {
            this.label = label;
            this.description = description;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }
    }

    /** One ward where a need is felt, and the services addressing the need there. */
    public record WardCoverage(Ward ward, List<FundedService> services) {
        public WardCoverage {
            services = List.copyOf(services);
        }

        public boolean isGap() {
            return services.isEmpty();
        }
    }

    /**
     * @param feltBoroughWide true when the need names no wards: it is then checked in every ward
     */
    public record NeedCoverage(Need need, boolean feltBoroughWide, List<FundedService> services,
                               List<WardCoverage> wards, Coverage coverage) {
        public NeedCoverage {
            services = List.copyOf(services);
            wards = List.copyOf(wards);
        }

        public List<Ward> wardsWithoutService() {
            return wards.stream().filter(WardCoverage::isGap).map(WardCoverage::ward).toList();
        }
    }

    public GapAnalysis {
        needs = List.copyOf(needs);
    }

    /** @param allWards the organisation's wards, for needs felt across the borough */
    public static GapAnalysis of(List<Need> needs, List<FundedService> services, List<Ward> allWards) {
        return new GapAnalysis(needs.stream().map(need -> coverage(need, services, allWards))
                .sorted(Comparator.comparing((NeedCoverage c) -> c.coverage().ordinal())
                        .thenComparing(c -> c.need().priority().ordinal())
                        .thenComparing(c -> c.need().title().toLowerCase(java.util.Locale.ROOT)))
                .toList());
    }

    public long count(Coverage coverage) {
        return needs.stream().filter(n -> n.coverage() == coverage).count();
    }

    private static NeedCoverage coverage(Need need, List<FundedService> services, List<Ward> allWards) {
        List<FundedService> addressing = services.stream().filter(s -> s.addresses(need.id())).toList();
        boolean boroughWide = need.wards().isEmpty();
        List<WardCoverage> wards = (boroughWide ? allWards : need.wards()).stream()
                .map(w -> new WardCoverage(w, addressing.stream().filter(s -> s.worksIn(w.id())).toList()))
                .toList();
        Coverage coverage;
        if (addressing.isEmpty()) {
            coverage = Coverage.GAP;
        } else if (wards.stream().anyMatch(WardCoverage::isGap)) {
            coverage = Coverage.PARTLY_COVERED;
        } else {
            coverage = Coverage.COVERED;
        }
        return new NeedCoverage(need, boroughWide, addressing, wards, coverage);
    }
}
