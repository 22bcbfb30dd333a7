package org.tandem.insight.assets;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening hours typed the way people write them are read into sessions, and shown back the GOV.UK way. */
class OpeningHoursTextTest {

    private static List<String> read(String typed) throws OpeningHoursText.Unreadable {
        return OpeningHoursText.read(DayOfWeek.MONDAY, typed).stream().map(OpeningTimes.Session::text).toList();
    }

    @Test
    void readsTheWaysPeopleWriteTimes() throws Exception {
        assertThat(read("9am to 12pm")).containsExactly("9am to midday");
        assertThat(read("10:00-12:00, 18:00-21:00")).containsExactly("10am to midday", "6pm to 9pm");
        assertThat(read("6 to 9pm")).containsExactly("6pm to 9pm");
        assertThat(read("9 to 12pm")).containsExactly("9am to midday");
        assertThat(read("9.30am until midday and 2pm till 4:30pm"))
                .containsExactly("9:30am to midday", "2pm to 4:30pm");
        assertThat(read("9 to 5")).containsExactly("9am to 5pm");
        assertThat(read("6pm to midnight")).containsExactly("6pm to midnight");
        assertThat(read("  CLOSED ")).isEmpty();
        assertThat(read("")).isEmpty();
    }

    @Test
    void whatIsWrittenIsReadBackUnchanged() throws Exception {
        List<OpeningTimes.Session> sessions = OpeningHoursText.read(DayOfWeek.FRIDAY, "8:15am to 12:45pm, 18:00-23:59");
        assertThat(OpeningHoursText.read(DayOfWeek.FRIDAY, OpeningHoursText.write(sessions))).isEqualTo(sessions);
    }

    @Test
    void timesThatCannotBeOrDoNotMakeSenseAreExplained() {
        assertThatThrownBy(() -> read("mornings")).hasMessageContaining("must be times like 9am to 12pm");
        assertThatThrownBy(() -> read("25:00 to 26:00")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> read("13pm to 2pm")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> read("5pm to 9am")).hasMessageContaining("must open before it closes");
        assertThatThrownBy(() -> read("9am to 1pm, 12pm to 3pm")).hasMessageContaining("overlap");
        assertThatThrownBy(() -> read("1-2, 3-4, 5-6, 7-8, 9-10, 11-12, 13-14"))
                .hasMessageContaining("at most 6 sessions");
        assertThatThrownBy(() -> read("9am to 5pm".repeat(30))).hasMessageContaining("200 characters or fewer");
    }

    @Test
    void aWeekIsSummarisedInAFewWords() {
        OpeningTimes.Session monday = new OpeningTimes.Session(DayOfWeek.MONDAY, 540, 1020);
        assertThat(new OpeningTimes(List.of(monday), null).daysSummary()).isEqualTo("Monday");
        assertThat(week(1, 2, 3, 4, 5, 7).daysSummary()).isEqualTo("Monday to Friday and Sunday");
        assertThat(week(1, 3, 6).daysSummary()).isEqualTo("Monday, Wednesday and Saturday");
        assertThat(week(1, 2, 4, 5, 6).daysSummary()).isEqualTo("Monday, Tuesday and Thursday to Saturday");
        assertThat(week(1, 2, 3, 4, 5, 6, 7).daysSummary()).isEqualTo("Every day");
        assertThat(OpeningTimes.NONE.daysSummary()).isEmpty();
    }

    private static OpeningTimes week(int... days) {
        return new OpeningTimes(java.util.Arrays.stream(days)
                .mapToObj(d -> new OpeningTimes.Session(DayOfWeek.of(d), 600, 720)).toList(), null);
    }
}
