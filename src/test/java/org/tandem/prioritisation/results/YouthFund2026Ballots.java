package org.tandem.prioritisation.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tandem.prioritisation.BallotBox;

/**
 * Makes the demo's ballot file for Youth Fund 2026 ({@code src/main/resources/demo/youth-fund-2026.pb}): 300 young
 * people's approval ballots, made up but deterministic (the same seed always gives the same file). Most voters want
 * sport and somewhere to go; a smaller group wants music and art; another wants support for young carers and girls.
 * Greedy by support spends the whole budget on the majority's projects; equal shares funds something for each group.
 * Run {@code main} with the file to write to make it again.
 */
final class YouthFund2026Ballots {

    /** Proposal number, cost in pounds and title, as the demo accepts them. */
    record Project(int number, long cost, String title) {
    }

    static final List<Project> PROJECTS = List.of(
            new Project(1, 6000, "Skate park lights"),
            new Project(2, 4500, "Girls' football sessions"),
            new Project(3, 12000, "Youth club open late on Fridays"),
            new Project(4, 9000, "Music studio at Riverside library"),
            new Project(5, 3500, "Free swimming for young carers"),
            new Project(6, 5000, "Mental health first aid training"),
            new Project(7, 14000, "Outdoor gym on Northgate Green"),
            new Project(8, 8000, "Holiday meals and activities"),
            new Project(9, 2500, "Bike repair workshop"));

    /** For each group of voters: how many, and the chance (in percent) that one approves each project 1 to 9. */
    private static final int[][] GROUPS = {
        {165, 80, 10, 85, 5, 5, 10, 90, 75, 20},
        {75, 15, 10, 10, 90, 5, 40, 10, 5, 35},
        {60, 10, 85, 10, 5, 80, 50, 5, 20, 5}};

    private YouthFund2026Ballots() {
    }

    static String text() {
        Random random = new Random(2026);
        StringBuilder votes = new StringBuilder();
        int voter = 0;
        for (int[] group : GROUPS) {
            for (int i = 0; i < group[0]; i++) {
                List<String> chosen = new ArrayList<>();
                for (int project = 1; project <= PROJECTS.size(); project++) {
                    if (random.nextInt(100) < group[project]) {
                        chosen.add(Integer.toString(project));
                    }
                }
                if (chosen.isEmpty()) {
                    chosen.add(Integer.toString(1 + random.nextInt(PROJECTS.size())));
                }
                voter++;
                votes.append(BallotBox.receiptId(demoReceipt(voter)))
                        .append(';').append(String.join(",", chosen)).append('\n');
            }
        }
        StringBuilder file = new StringBuilder();
        file.append("META\nkey;value\n")
                .append("description;Millbrook Youth Fund 2026: young people chose how to spend £40,000 (Tandem demo"
                        + " data, made up)\n")
                .append("country;United Kingdom\nunit;Millbrook\ninstance;2026\n")
                .append("num_projects;").append(PROJECTS.size()).append('\n')
                .append("num_votes;").append(voter).append('\n')
                .append("budget;40000\nvote_type;approval\nrule;mes\ncurrency;GBP\nlanguage;en\n")
                .append("PROJECTS\nproject_id;cost;name\n");
        for (Project p : PROJECTS) {
            file.append(p.number()).append(';').append(p.cost()).append(';').append(p.title()).append('\n');
        }
        return file.append("VOTES\nvoter_id;vote\n").append(votes).toString();
    }

    /**
     * The made-up receipt code of demo voter {@code n}, from DEMO-2026-0001 to DEMO-2026-0300: each voter id in the
     * file is {@link BallotBox#receiptId} of one, exactly as for a receipt a real voter is given.
     */
    static String demoReceipt(int voter) {
        return String.format(java.util.Locale.ROOT, "DEMO-2026-%04d", voter);
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), text(), StandardCharsets.UTF_8);
    }
}
