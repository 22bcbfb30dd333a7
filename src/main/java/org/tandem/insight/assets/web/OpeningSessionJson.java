package org.tandem.insight.assets.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.assets.OpeningTimes;
import org.tandem.platform.FormValues;

/** One opening session in the API, in 24-hour time; a session that runs to midnight closes at 24:00. */
record OpeningSessionJson(@Schema(implementation = DayOfWeek.class, requiredMode = Schema.RequiredMode.REQUIRED)
                          String day,
                          @Schema(example = "18:00", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                                  requiredMode = Schema.RequiredMode.REQUIRED) String opens,
                          @Schema(example = "21:00", pattern = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",
                                  requiredMode = Schema.RequiredMode.REQUIRED) String closes) {

    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    static OpeningSessionJson of(OpeningTimes.Session s) {
        return new OpeningSessionJson(s.day().name(), clock(s.opensMinute()), clock(s.closesMinute()));
    }

    static List<OpeningSessionJson> of(OpeningTimes times) {
        return times.sessions().stream().map(OpeningSessionJson::of).toList();
    }

    /** The sessions, or null after recording what is wrong against {@code openingTimes}. */
    static List<OpeningTimes.Session> read(List<OpeningSessionJson> sessions, Errors errors) {
        List<OpeningTimes.Session> read = new ArrayList<>();
        if (sessions == null) {
            return read;
        }
        if (sessions.size() > OpeningTimes.MAX_SESSIONS_A_DAY * 7) {
            errors.rejectValue("openingTimes", "size", "Send at most " + OpeningTimes.MAX_SESSIONS_A_DAY
                    + " sessions a day");
            return null;
        }
        for (int i = 0; i < sessions.size(); i++) {
            OpeningSessionJson s = sessions.get(i);
            DayOfWeek day = s == null ? null : FormValues.enumValue(DayOfWeek.class, s.day());
            if (day == null || s.opens() == null || s.closes() == null || !s.opens().matches(TIME)
                    || !(s.closes().matches(TIME) || s.closes().equals("24:00"))
                    || minute(s.opens()) >= minute(s.closes())) {
                errors.rejectValue("openingTimes", "format", "Opening session " + (i + 1) + " must have a day "
                        + "(MONDAY to SUNDAY) and opens and closes times like 18:00 and 21:00, opening first");
                return null;
            }
            read.add(new OpeningTimes.Session(day, minute(s.opens()), minute(s.closes())));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningTimes.Session> onDay = read.stream().filter(s -> s.day() == day)
                    .sorted(Comparator.comparingInt(OpeningTimes.Session::opensMinute)).toList();
            boolean overlap = false;
            for (int i = 1; i < onDay.size(); i++) {
                overlap |= onDay.get(i).opensMinute() < onDay.get(i - 1).closesMinute();
            }
            if (overlap || onDay.size() > OpeningTimes.MAX_SESSIONS_A_DAY) {
                errors.rejectValue("openingTimes", "overlap", "Sessions on " + day + " overlap, or there are more "
                        + "than " + OpeningTimes.MAX_SESSIONS_A_DAY);
                return null;
            }
        }
        return read;
    }

    private static int minute(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }

    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
