package org.tandem.insight.assets;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * When an asset is open: sessions per day of the week (structured, so the directory can be filtered by day and shown
 * as a clear week), plus notes for what a timetable cannot say ("term time only", "ring first"). An asset with no
 * sessions shows only its notes; many community assets have no fixed hours at all.
 */
public record OpeningTimes(List<Session> sessions, String notes) {

    public static final OpeningTimes NONE = new OpeningTimes(List.of(), null);
    public static final int MAX_SESSIONS_A_DAY = 6;
    public static final int NOTES_MAX = 500;

    /** One opening on one day, in minutes from midnight; a session may close at midnight (1440). */
    public record Session(DayOfWeek day, int opensMinute, int closesMinute) {
        public Session {
            if (opensMinute < 0 || closesMinute > 24 * 60 || opensMinute >= closesMinute) {
                throw new IllegalArgumentException("A session must open before it closes, within the day");
            }
        }

        /** "9am to 12:30pm", as GOV.UK writes times. */
        public String text() {
            return time(opensMinute) + " to " + time(closesMinute);
        }

        static String time(int minute) {
            if (minute == 12 * 60) {
                return "midday";
            }
            if (minute == 0 || minute == 24 * 60) {
                return "midnight";
            }
            int hour = minute / 60;
            int past = minute % 60;
            int clock = hour % 12 == 0 ? 12 : hour % 12;
            return clock + (past == 0 ? "" : ":" + (past < 10 ? "0" : "") + past) + (hour < 12 ? "am" : "pm");
        }
    }

    /** A day of the week as shown in the week's table: its name and its sessions, or closed. */
    public record DayLine(DayOfWeek day, List<Session> sessions) {
        public String dayName() {
            return day.getDisplayName(TextStyle.FULL, Locale.UK);
        }

        public boolean open() {
            return !sessions.isEmpty();
        }

        /** "9am to 12pm, 6pm to 9pm"; empty when closed. */
        public String text() {
            return String.join(", ", sessions.stream().map(Session::text).toList());
        }
    }

    public OpeningTimes {
        sessions = sessions.stream()
                .sorted(Comparator.comparing(Session::day).thenComparingInt(Session::opensMinute)).toList();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public boolean isEmpty() {
        return sessions.isEmpty() && notes == null;
    }

    public boolean hasSessions() {
        return !sessions.isEmpty();
    }

    public List<Session> on(DayOfWeek day) {
        return sessions.stream().filter(s -> s.day() == day).toList();
    }

    /** Monday to Sunday, each with its sessions. */
    public List<DayLine> week() {
        return Arrays.stream(DayOfWeek.values()).map(day -> new DayLine(day, on(day))).toList();
    }

    /**
     * The days it is open in a few words, for lists: "Every day", "Monday to Friday and Sunday", "Saturday". Runs of
     * three or more days are joined with "to". Empty when it has no sessions.
     */
    public String daysSummary() {
        List<DayOfWeek> open = Arrays.stream(DayOfWeek.values()).filter(d -> !on(d).isEmpty()).toList();
        if (open.isEmpty()) {
            return "";
        }
        if (open.size() == 7) {
            return "Every day";
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < open.size()) {
            int j = i;
            while (j + 1 < open.size() && open.get(j + 1).getValue() == open.get(j).getValue() + 1) {
                j++;
            }
            String first = open.get(i).getDisplayName(TextStyle.FULL, Locale.UK);
            String last = open.get(j).getDisplayName(TextStyle.FULL, Locale.UK);
            if (j - i >= 2) {
                parts.add(first + " to " + last);
            } else {
                parts.add(first);
                if (j > i) {
                    parts.add(last);
                }
            }
            i = j + 1;
        }
        return parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
