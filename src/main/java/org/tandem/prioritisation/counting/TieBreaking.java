package org.tandem.prioritisation.counting;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Tandem's one tie-breaking order, used by every rule whenever two projects are equally good: more supporters
 * first, then the lower cost, then the earlier proposal (the order projects are listed in). It is fixed and public
 * so that anyone recounting gets the same winners (docs/decisions/0014).
 */
public final class TieBreaking {

    private TieBreaking() {
    }

    /** rank[project] for each project: 0 for the project that wins every tie, then 1, 2, ... */
    public static int[] ranks(PbInstance instance) {
        int[] order = IntStream.range(0, instance.projectCount()).boxed()
                .sorted(comparator(instance)).mapToInt(Integer::intValue).toArray();
        int[] rank = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    /** Orders project indexes so that the one that wins a tie comes first. */
    public static Comparator<Integer> comparator(PbInstance instance) {
        return Comparator.<Integer>comparingInt(project -> -instance.supporterCount(project))
                .thenComparingLong(project -> instance.project(project).cost())
                .thenComparingInt(project -> project);
    }
}
