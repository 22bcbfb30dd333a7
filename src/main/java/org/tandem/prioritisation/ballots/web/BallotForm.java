package org.tandem.prioritisation.ballots.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.ballots.Declaration;

/**
 * A ballot as the form sends it: {@code choice} once for each ticked project (approval ballots), or
 * {@code points-<proposal id>} / {@code rank-<proposal id>} for each project (points and ranking ballots), the
 * district, and the voter's declaration. Kept as typed, so a refused ballot is shown again as the voter left it.
 */
public record BallotForm(String district, Map<String, String> marks, Declaration declaration) {

    /** More fields than any ballot has are ignored rather than read. */
    private static final int MOST_FIELDS = 2_000;

    static final BallotForm BLANK = new BallotForm("", Map.of(), Declaration.NONE);

    static BallotForm read(BallotType type, MultiValueMap<String, String> params) {
        Map<String, String> marks = new LinkedHashMap<>();
        if (type == BallotType.APPROVAL || type == BallotType.COST_LIMITED) {
            List<String> ticked = params.getOrDefault("choice", List.of());
            ticked.stream().limit(MOST_FIELDS).forEach(id -> marks.put(id, "1"));
        } else {
            String prefix = type == BallotType.CUMULATIVE ? "points-" : "rank-";
            params.entrySet().stream().limit(MOST_FIELDS)
                    .filter(e -> e.getKey().startsWith(prefix) && !e.getValue().isEmpty())
                    .forEach(e -> marks.put(e.getKey().substring(prefix.length()), e.getValue().getFirst()));
        }
        return new BallotForm(first(params, "district"), marks, new Declaration(first(params, "ward"),
                first(params, "postcode"), first(params, "age")));
    }

    /** What the voter typed for a project, for showing it again. */
    public String typed(String proposalId) {
        String value = marks.get(proposalId);
        return value == null ? "" : value.length() > 10 ? value.substring(0, 10) : value;
    }

    public boolean ticked(String proposalId) {
        return marks.containsKey(proposalId);
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.length() > 200 ? value.substring(0, 200) : value;
    }
}
