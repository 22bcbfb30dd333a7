package org.tandem.prioritisation.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.platform.PageRequest;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessService;

/**
 * The results of Millbrook's Youth Fund 2026: Tom Okafor counted its 300 ballots (the demo's made-up Pabulib file)
 * by the Method of Equal Shares when counting began, and Priya Shah published them when the results phase began,
 * months ago; so the demo has a results page on which greedy and equal shares fund different projects, and the
 * funded projects have had time to be delivered.
 */
@Component
class DemoYouthFund2026Results {

    static final String BALLOTS = "demo/youth-fund-2026.pb";

    private final ProcessService processes;
    private final CountService counts;

    DemoYouthFund2026Results(ProcessService processes, CountService counts) {
        this.processes = processes;
        this.counts = counts;
    }

    @EventListener
    @Order(72)
    void on(DemoCommissionReady demo) {
        PbProcessView fund = processes.list(demo.organisationId(), demo.commissionId(), PageRequest.of(1, 100))
                .items().stream().filter(p -> p.title().equals("Youth Fund 2026")).findFirst().orElseThrow();
        Instant counted = fund.dates(PbPhase.COUNTING).startsOn().atTime(10, 0).atZone(Timestamps.LONDON)
                .toInstant();
        Instant published = fund.dates(PbPhase.RESULTS).startsOn().atTime(9, 0).atZone(Timestamps.LONDON)
                .toInstant();
        counts.count(demo.cast().person("officer"), demo.organisationId(), fund.id(), null, ballots(), counted);
        counts.publish(demo.cast().person("commissioner"), demo.organisationId(), fund.id(), null, published);
    }

    private static BallotFile ballots() {
        try (InputStream in = DemoYouthFund2026Results.class.getClassLoader().getResourceAsStream(BALLOTS)) {
            return new BallotFile("youth-fund-2026.pb", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
