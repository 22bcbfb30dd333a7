package org.tandem.insight.assets.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;
import org.tandem.insight.assets.CommunityAsset;
import org.tandem.insight.assets.OpeningHoursText;
import org.tandem.insight.assets.OpeningTimes;
import org.tandem.insight.needs.Need;

/**
 * The asset form as typed: everything is text until checked. Opening hours are one box a day, written as people
 * write them ("9am to 12pm, 6pm to 9pm"), read into sessions by {@link OpeningHoursText}.
 */
public record AssetForm(String type, String name, String offers, String whoCanUse, String contactName, String phone,
                        String email, String website, String address, String postcode, String wardId,
                        String openMonday, String openTuesday, String openWednesday, String openThursday,
                        String openFriday, String openSaturday, String openSunday, String openingNotes,
                        String latitude, String longitude, List<String> needIds, Integer version)
        implements AssetFields, org.tandem.platform.SelfChecking {

    static AssetForm blank() {
        return new AssetForm(null, "", "", "", "", "", "", "", "", "", null, "", "", "", "", "", "", "", "", "", "",
                List.of(), null);
    }

    static AssetForm of(CommunityAsset a) {
        OpeningTimes times = a.openingTimes();
        return new AssetForm(a.type().name(), a.name(), a.offers(), a.whoCanUse(), a.contact().name(),
                a.contact().phone(), a.contact().email(), a.contact().website(), a.address(), a.postcode(),
                a.ward() == null ? null : a.ward().id().toString(),
                day(times, DayOfWeek.MONDAY), day(times, DayOfWeek.TUESDAY), day(times, DayOfWeek.WEDNESDAY),
                day(times, DayOfWeek.THURSDAY), day(times, DayOfWeek.FRIDAY), day(times, DayOfWeek.SATURDAY),
                day(times, DayOfWeek.SUNDAY), times.notes(),
                a.location() == null ? null : a.location().latitude().toPlainString(),
                a.location() == null ? null : a.location().longitude().toPlainString(),
                a.needs().stream().map(Need::id).map(Object::toString).toList(), a.version());
    }

    /** The form field holding a day's hours: openMonday ... openSunday. */
    static String field(DayOfWeek day) {
        String name = day.name();
        return "open" + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void check(Errors errors) {
        AssetChecks.check(this, errors);
        openingTimes(errors);
    }

    /** The week's sessions; records a problem against each day that cannot be read. */
    OpeningTimes openingTimes(Errors errors) {
        List<OpeningTimes.Session> sessions = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            try {
                sessions.addAll(OpeningHoursText.read(day, hours(day)));
            } catch (OpeningHoursText.Unreadable e) {
                if (errors != null) {
                    errors.rejectValue(field(day), "format",
                            new OpeningTimes.DayLine(day, List.of()).dayName() + " " + e.getMessage());
                }
            }
        }
        return new OpeningTimes(sessions, Inputs.text(openingNotes));
    }

    private String hours(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> openMonday;
            case TUESDAY -> openTuesday;
            case WEDNESDAY -> openWednesday;
            case THURSDAY -> openThursday;
            case FRIDAY -> openFriday;
            case SATURDAY -> openSaturday;
            case SUNDAY -> openSunday;
        };
    }

    private static String day(OpeningTimes times, DayOfWeek day) {
        return OpeningHoursText.write(times.on(day));
    }
}
