package org.tandem.prioritisation.counting;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tandem.prioritisation.pabulib.PabulibReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures counting on the largest real instance and on a generated city-wide vote, and prints the numbers for
 * docs/performance.md. It asserts only that the counts are sane, never a time: run it on purpose with
 * {@code ./mvnw test -Dtest=CountingBenchmarkTest -Dtandem.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "tandem.benchmark", matches = "true")
class CountingBenchmarkTest {

    /** CPU time of the thread counting; Add1 also counts raises on the common pool's threads, so see below. */
    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole JVM: Add1 counts several raises at once on the machine's cores. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Test
    void largestPabulibInstance() {
        Path file = Path.of("../shared/pb/Poland_Warszawa_2026.pb");
        PbInstance instance = measure("read " + file.getFileName(), () -> PabulibReader.readInstance(file));
        countAll(instance);
    }

    @Test
    void generated200000VotersAnd150Projects() {
        PbInstance instance = measure("generate 200,000 voters x 150 projects", () -> generated(200_000, 150));
        countAll(instance);
    }

    private static void countAll(PbInstance instance) {
        CountResult greedy = measure("greedy", () -> Counting.count(instance, CountingMethod.greedy()));
        assertThat(greedy.budgetUsed()).isLessThanOrEqualTo(instance.budget());
        for (Utility utility : new Utility[] {Utility.CARDINALITY, Utility.COST}) {
            CountResult single = measure("MES " + utility.code() + ", one pass",
                    () -> Counting.count(instance, CountingMethod.equalShares(utility, Completion.NONE)));
            Supplier<CountResult> withAdd1 = () -> Counting.count(instance,
                    CountingMethod.equalShares(utility, Completion.ADD1));
            CountResult add1 = measure("MES " + utility.code() + " + Add1 + greedy completion, first", withAdd1);
            steady("MES " + utility.code() + " + Add1 + greedy completion, steady", withAdd1);
            System.out.printf("    %d Add1 rounds; %d winners (one pass: %d); budget used %d of %d%n",
                    add1.add1Rounds(), add1.winners().size(), single.winners().size(), add1.budgetUsed(),
                    instance.budget());
            assertThat(add1.budgetUsed()).isLessThanOrEqualTo(instance.budget());
        }
    }

    /**
     * The same count again once the JVM has compiled it, as a server counting a second process (or JMH after its
     * warm-up) sees it: two counts to warm up, then the median of three.
     */
    private static void steady(String what, Supplier<CountResult> work) {
        work.get();
        work.get();
        long[] wall = new long[3];
        long[] cpu = new long[3];
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            long cpuStarted = cpuNanos();
            work.get();
            wall[run] = (System.nanoTime() - started) / 1_000_000;
            cpu[run] = (cpuNanos() - cpuStarted) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-56s %7d ms wall %7d ms CPU (medians of 3; wall %d to %d ms)   load %.1f%n", what,
                wall[1], cpu[1], wall[0], wall[2],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Wall and CPU time, and the heap's peak while it ran. */
    private static <T> T measure(String what, Supplier<T> work) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        long threadCpu = threadCpuNanos();
        T result = work.get();
        long cpuMs = (cpuNanos() - cpu) / 1_000_000;
        long threadCpuMs = (threadCpuNanos() - threadCpu) / 1_000_000;
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long mebibyte = 1024 * 1024;
        System.out.printf("%-56s %7d ms wall %7d ms CPU (%7d ms on this thread)   heap peak %4d of %4d MiB"
                + "   load %.1f%n", what, wallMs, cpuMs, threadCpuMs, peak / mebibyte,
                Runtime.getRuntime().maxMemory() / mebibyte,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return result;
    }

    /** Approval ballots give each named project one point; the builder reads as many as the ballot names. */
    private static final int[] ONE_POINT_EACH = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    /**
     * A city-wide approval vote: 150 projects costing 20,000 to 1,000,000, a budget of 20,000,000, and each of the
     * voters approving 5 to 10 projects, drawn with some projects far more popular than others (as in real votes).
     * The popularity weights are doubles: they only shape the made-up ballots, never a count.
     */
    static PbInstance generated(int voters, int projects) {
        Random random = new Random(2027);
        PbInstance.Builder builder = PbInstance.builder(BallotKind.APPROVAL, 20_000_000);
        double[] weight = new double[projects];
        double total = 0;
        for (int p = 0; p < projects; p++) {
            builder.project("p" + p, "Project " + p, 20_000 + 1_000L * random.nextInt(981));
            weight[p] = 1.0 / (1 + p * 0.1);
            total += weight[p];
        }
        for (int voter = 0; voter < voters; voter++) {
            int approvals = 5 + random.nextInt(6);
            int[] chosen = new int[approvals];
            boolean[] taken = new boolean[projects];
            for (int i = 0; i < approvals; i++) {
                int project;
                do {
                    double draw = random.nextDouble() * total;
                    project = 0;
                    while (project < projects - 1 && (draw -= weight[project]) > 0) {
                        project++;
                    }
                } while (taken[project]);
                taken[project] = true;
                chosen[i] = project;
            }
            builder.ballot("v" + voter, chosen, ONE_POINT_EACH);
        }
        return builder.build();
    }
}
