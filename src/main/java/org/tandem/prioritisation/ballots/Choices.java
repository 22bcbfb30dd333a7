package org.tandem.prioritisation.ballots;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What one ballot says, once the rules have checked it: the voter's district (null when the process has none) and
 * the proposals chosen by number, in the voter's order (rank order for a ranking; number order otherwise), each with
 * its points (1 on ballots without points). Stored as text: "4,1,7" or, with points, "4:6,1:4".
 */
record Choices(UUID districtId, List<Mark> marks) {

    record Mark(int number, int points) {
    }

    Choices {
        marks = List.copyOf(marks);
    }

    String encoded(boolean withPoints) {
        StringBuilder text = new StringBuilder();
        for (Mark mark : marks) {
            text.append(text.isEmpty() ? "" : ",").append(mark.number());
            if (withPoints) {
                text.append(':').append(mark.points());
            }
        }
        return text.toString();
    }

    static Choices decode(UUID districtId, String text) {
        List<Mark> marks = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String part : text.split(",")) {
                int colon = part.indexOf(':');
                marks.add(colon < 0 ? new Mark(Integer.parseInt(part), 1)
                        : new Mark(Integer.parseInt(part.substring(0, colon)),
                        Integer.parseInt(part.substring(colon + 1))));
            }
        }
        return new Choices(districtId, marks);
    }
}
