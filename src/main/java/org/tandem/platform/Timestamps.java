package org.tandem.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times are stored in UTC and shown in Europe/London. These helpers keep JDBC code the same on H2 and PostgreSQL
 * (both drivers read and write {@link OffsetDateTime}; not every driver accepts {@link Instant}).
 */
public final class Timestamps {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Timestamps() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** "3 March 2027 at 2:05pm", London time, as GOV.UK writes times. */
    public static String londonDateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    /** "3 March 2027" */
    public static String longDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
