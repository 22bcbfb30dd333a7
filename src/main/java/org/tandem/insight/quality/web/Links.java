package org.tandem.insight.quality.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.tandem.insight.quality.QualityRound;

/** Addresses of the quality assessment pages, written once. */
final class Links {

    private Links() {
    }

    static String rounds(UUID organisationId, UUID commissionId) {
        return "/o/" + organisationId + "/commissions/" + commissionId + "/quality-rounds";
    }

    static String round(QualityRound round) {
        return rounds(round.organisationId(), round.commissionId()) + "/" + round.id();
    }

    static String visit(QualityRound round, UUID visitId) {
        return round(round) + "/visits/" + visitId;
    }

    static String results(QualityRound round) {
        return round(round) + "/results";
    }

    /**
     * The list's address with each non-empty filter, ending in {@code ?} or {@code &} as the pagination fragment
     * expects. Values are form-encoded, so searches containing {@code &}, {@code +} or {@code #} survive.
     */
    static String base(String path, Map<String, ?> filters) {
        StringJoiner query = new StringJoiner("&");
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? path + "?" : path + "?" + query + "&";
    }
}
