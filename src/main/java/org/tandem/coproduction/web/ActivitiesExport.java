package org.tandem.coproduction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.NamedPerson;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.coproduction.internal.Activity;
import org.tandem.coproduction.internal.ActivityService;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.Timestamps;
import org.tandem.platform.SpreadsheetCells;

/** A commission's activities as CSV, one row each, oldest first: for anyone who can see the record. */
@Controller
class ActivitiesExport {

    private final ActivityService activities;

    ActivitiesExport(ActivityService activities) {
        this.activities = activities;
    }

    @GetMapping("/o/{organisationId}/commissions/{commissionId}/co-production/activities.csv")
    @OrganisationMember
    void export(CurrentUser.Membership organisation, @PathVariable UUID commissionId, HttpServletResponse response)
            throws IOException {
        List<Activity> all = activities.all(organisation, commissionId);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"co-production-activities-"
                + LocalDate.now(Timestamps.LONDON) + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header()).get())) {
            for (Activity activity : all) {
                csv.printRecord(row(activity));
            }
        }
    }

    static String[] header() {
        List<String> header = new ArrayList<>(List.of("date", "phase", "method", "method detail", "title", "purpose",
                "rung", "ladder", "co's", "mechanism", "level"));
        for (ParticipantKind kind : ParticipantKind.values()) {
            header.add(kind.label().toLowerCase(java.util.Locale.UK));
        }
        header.addAll(List.of("participants", "named people", "what changed", "recorded by"));
        for (EqualityGroup group : EqualityGroup.values()) {
            header.add(group.dimension().label().toLowerCase(java.util.Locale.UK) + ": "
                    + group.label().toLowerCase(java.util.Locale.UK));
        }
        return header.toArray(String[]::new);
    }

    private static List<Object> row(Activity activity) {
        ActivityDetails d = activity.details();
        List<Object> row = new ArrayList<>(Arrays.asList(d.heldOn().toString(), d.phase().label(), d.method().label(),
                SpreadsheetCells.safe(d.methodDetail()), SpreadsheetCells.safe(d.title()),
                SpreadsheetCells.safe(d.purpose()), d.rung().label(),
                d.rung().approach().label(),
                String.join("; ", d.modes().stream().map(CoProductionMode::label).toList()),
                String.join("; ", d.modes().stream().map(m -> m.mechanism().label()).distinct().toList()),
                d.level().label()));
        for (ParticipantKind kind : ParticipantKind.values()) {
            row.add(d.participants(kind));
        }
        row.add(d.participantTotal());
        row.add(SpreadsheetCells.safe(String.join("; ", d.namedPeople().stream().map(NamedPerson::name).toList())));
        row.add(SpreadsheetCells.safe(d.whatChanged()));
        row.add(SpreadsheetCells.safe(activity.recordedByName()));
        for (EqualityGroup group : EqualityGroup.values()) {
            row.add(d.equalities().getOrDefault(group, 0));
        }
        return row;
    }

}
