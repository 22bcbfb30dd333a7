package org.tandem.prioritisation.pabulib;

import java.util.List;
import java.util.Map;
import org.tandem.prioritisation.counting.PbInstance;

/**
 * A whole {@code .pb} file as read: the META keys and values in file order, the PROJECTS and VOTES sections with
 * their columns (so optional fields such as a voter's age or a project's category survive a round trip), and the
 * instance they describe, ready to count.
 */
public record PabulibFile(Map<String, String> meta, List<String> projectColumns, List<List<String>> projects,
                          List<String> voteColumns, List<List<String>> votes, PbInstance instance) {
}
