package org.tandem.coproduction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.Approach;
import org.tandem.coproduction.LadderRung;

/**
 * Where the commission's activities sat on the ladder (seed 000, Figure 14): by rung overall, and quarter by
 * quarter as doing to, doing for and doing with, so a commission can see whether it is climbing. Quarters run from
 * the first activity's to the last one's, empty quarters included, and at most the last {@value #MAX_QUARTERS}.
 */
public record LadderOverTime(List<RungCount> byRung, List<QuarterCount> byQuarter) {

    static final int MAX_QUARTERS = 20;

    /** Activities and people at one rung. */
    public record RungCount(LadderRung rung, int activities, int participants) {
    }

    /** Activities in one calendar quarter, by stretch of the ladder. */
    public record QuarterCount(int year, int quarter, int doingTo, int doingFor, int doingWith) {

        // Written out here: the JDK's short UK name for September is "Sept".
        private static final String[] MONTHS =
                {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

        /** "Jul to Sep 2026" */
        public String label() {
            return month(quarter * 3 - 2) + " to " + month(quarter * 3) + " " + year;
        }

        /** "2026-Q3", for the API. */
        public String key() {
            return year + "-Q" + quarter;
        }

        public int count(Approach approach) {
            return switch (approach) {
                case DOING_TO -> doingTo;
                case DOING_FOR -> doingFor;
                case DOING_WITH -> doingWith;
            };
        }

        private static String month(int number) {
            return MONTHS[number - 1];
        }
    }

    public LadderOverTime {
        byRung = List.copyOf(byRung);
        byQuarter = List.copyOf(byQuarter);
    }

    public static LadderOverTime of(List<ActivityDetails> activities) {
        Map<LadderRung, int[]> rungs = new EnumMap<>(LadderRung.class);
        Arrays.stream(LadderRung.values()).forEach(r -> rungs.put(r, new int[2]));
        activities.forEach(a -> {
            rungs.get(a.rung())[0]++;
            rungs.get(a.rung())[1] += a.participantTotal();
        });
        List<RungCount> byRung = Arrays.stream(LadderRung.values())
                .map(r -> new RungCount(r, rungs.get(r)[0], rungs.get(r)[1])).toList();
        return new LadderOverTime(byRung, quarters(activities));
    }

    private static List<QuarterCount> quarters(List<ActivityDetails> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        int first = activities.stream().mapToInt(a -> index(a.heldOn())).min().orElseThrow();
        int last = activities.stream().mapToInt(a -> index(a.heldOn())).max().orElseThrow();
        first = Math.max(first, last - MAX_QUARTERS + 1);
        List<QuarterCount> quarters = new ArrayList<>();
        for (int q = first; q <= last; q++) {
            int[] counts = new int[Approach.values().length];
            for (ActivityDetails a : activities) {
                if (index(a.heldOn()) == q) {
                    counts[a.rung().approach().ordinal()]++;
                }
            }
            quarters.add(new QuarterCount(q / 4, q % 4 + 1, counts[0], counts[1], counts[2]));
        }
        return quarters;
    }

    /** Quarters counted from year 0, so consecutive quarters differ by one. */
    private static int index(LocalDate date) {
        return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
    }
}
