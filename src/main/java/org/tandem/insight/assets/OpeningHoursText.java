package org.tandem.insight.assets;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one day's opening hours as people type them: "9am to 12pm", "10:00-12:00, 18:00-21:00", "6 to 9pm",
 * "9.30am until midday and 2pm till 4:30pm". Writing times in words keeps the form usable by anyone; reading them
 * into sessions lets the directory show a clear week and be filtered by day.
 */
public final class OpeningHoursText {

    /** Why a day's hours could not be read; the message is written for the person typing. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private static final String TIME = "(midday|noon|midnight|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?)";
    private static final Pattern SESSION =
            Pattern.compile("^" + TIME + "\\s*(?:to|-|–|—|until|till|til)\\s*" + TIME + "$");
    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$");
    public static final int MAX_LENGTH = 200;

    private OpeningHoursText() {
    }

    /** The day's sessions; none when the text is empty (closed that day). */
    public static List<OpeningTimes.Session> read(DayOfWeek day, String typed) throws Unreadable {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        if (typed.length() > MAX_LENGTH) {
            throw new Unreadable("must be " + MAX_LENGTH + " characters or fewer");
        }
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.equals("closed")) {
            return List.of();
        }
        List<OpeningTimes.Session> sessions = new ArrayList<>();
        for (String part : text.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            sessions.add(session(day, part.strip()));
        }
        if (sessions.size() > OpeningTimes.MAX_SESSIONS_A_DAY) {
            throw new Unreadable("can have at most " + OpeningTimes.MAX_SESSIONS_A_DAY + " sessions");
        }
        sessions.sort(Comparator.comparingInt(OpeningTimes.Session::opensMinute));
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).opensMinute() < sessions.get(i - 1).closesMinute()) {
                throw new Unreadable("has sessions that overlap: " + sessions.get(i - 1).text() + " and "
                        + sessions.get(i).text());
            }
        }
        return sessions;
    }

    /** The day's sessions written so that {@link #read} reads them back unchanged. */
    public static String write(List<OpeningTimes.Session> sessions) {
        return String.join(", ", sessions.stream().map(OpeningTimes.Session::text).toList());
    }

    private static OpeningTimes.Session session(DayOfWeek day, String part) throws Unreadable {
        Matcher m = SESSION.matcher(part);
        if (!m.matches()) {
            throw new Unreadable("must be times like 9am to 12pm, or 18:00 to 21:00");
        }
        Clock opens = clock(m.group(1), true);
        Clock closes = clock(m.group(2), false);
        int opensMinute;
        int closesMinute;
        if (opens.meridiem == null && closes.meridiem != null) {
            // "6 to 9pm" is 6pm to 9pm; "9 to 12pm" is 9am to midday: the opening takes the closing's half of the
            // day when that keeps it before the closing time.
            closesMinute = closes.minute();
            int same = opens.in(closes.meridiem);
            opensMinute = same < closesMinute ? same : opens.in(closes.meridiem.equals("pm") ? "am" : "pm");
        } else if (opens.meridiem != null && closes.meridiem == null) {
            opensMinute = opens.minute();
            int am = closes.in("am");
            closesMinute = am > opensMinute ? am : closes.in("pm");
        } else {
            opensMinute = opens.minute();
            closesMinute = closes.minute();
            if (opens.meridiem == null && closesMinute <= opensMinute && closes.hour <= 12) {
                closesMinute += 12 * 60; // "9 to 5"
            }
        }
        if (closesMinute > 24 * 60 || opensMinute >= closesMinute) {
            throw new Unreadable("must open before it closes, on the same day (" + part + ")");
        }
        return new OpeningTimes.Session(day, opensMinute, closesMinute);
    }

    private record Clock(int hour, int past, String meridiem, boolean midnight) {
        int minute() {
            return meridiem == null ? hour * 60 + past : in(meridiem);
        }

        int in(String half) {
            if (midnight) {
                return 24 * 60;
            }
            int h = hour % 12 + (half.equals("pm") ? 12 : 0);
            return h * 60 + past;
        }
    }

    private static Clock clock(String text, boolean opening) throws Unreadable {
        String t = text.strip();
        if (t.equals("midday") || t.equals("noon")) {
            return new Clock(12, 0, "pm", false);
        }
        if (t.equals("midnight")) {
            return opening ? new Clock(0, 0, null, false) : new Clock(24, 0, null, true);
        }
        Matcher m = CLOCK.matcher(t);
        if (!m.matches()) {
            throw new Unreadable("must be times like 9am to 12pm, or 18:00 to 21:00");
        }
        int hour = Integer.parseInt(m.group(1));
        int past = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String meridiem = m.group(3);
        if (past > 59 || (meridiem != null && (hour < 1 || hour > 12)) || hour > 24 || (hour == 24 && past > 0)) {
            throw new Unreadable("has a time that does not exist (" + t + ")");
        }
        return new Clock(hour, past, meridiem, hour == 24);
    }
}
