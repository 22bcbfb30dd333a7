package org.tandem.support;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up the demo story's organisations, people and commission by the names a reader of the user guide knows. */
public final class Demo {

    public static final String PASSWORD = "cycle-together-2027";
    public static final String ADMIN = "sam.patel@millbrook.example";
    public static final String COMMISSIONER = "priya.shah@millbrook.example";
    public static final String OFFICER = "tom.okafor@millbrook.example";
    public static final String FINANCE = "grace.lee@millbrook.example";
    public static final String CITIZEN = "jordan.reid@youngvoices.example";
    public static final String PANEL = "maya.collins@youngvoices.example";
    public static final String SCRUTINY = "helen.brooks@millbrook.example";
    public static final String PARTNER = "ruth.green@millbrookvale-icb.example";
    public static final String PROVIDER = "dan.evans@riversideyouth.example";
    public static final String PROVIDER2 = "aisha.khan@kickstartsport.example";

    public static final String COUNCIL = "Millbrook Borough Council";
    public static final String ICB = "Millbrook and Vale NHS Integrated Care Board";
    public static final String PARTNERSHIP = "Millbrook Youth Partnership";
    public static final String RIVERSIDE = "Riverside Youth Trust";
    public static final String KICKSTART = "Kickstart Sport CIC";
    public static final String YOUTH_COMMISSION = "Youth services 2027 to 2030";

    private final JdbcClient jdbc;

    Demo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    public UUID person(String email) {
        return jdbc.sql("select id from person where email_key = lower(?)").param(email).query(UUID.class).single();
    }

    public UUID youthCommission() {
        return jdbc.sql("select id from commission where title = ?").param(YOUTH_COMMISSION).query(UUID.class).single();
    }

    public UUID council() {
        return organisation(COUNCIL);
    }

    public String councilPath() {
        return "/o/" + council();
    }
}
