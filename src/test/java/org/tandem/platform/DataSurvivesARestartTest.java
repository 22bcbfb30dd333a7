package org.tandem.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.TandemApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./tandem run} keeps its data in an H2 file under ./data: the demo story is loaded on the first start only,
 * and whatever people add is still there after a restart.
 */
class DataSurvivesARestartTest {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestarts() {
        String url = "jdbc:h2:file:" + dataDir.resolve("tandem") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
        long organisations;
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            organisations = jdbc.sql("select count(*) from organisation").query(Long.class).single();
            assertThat(organisations).as("the demo story's organisations").isEqualTo(5);
            jdbc.sql("update organisation set description = 'Kept across restarts' where name = 'Kickstart Sport CIC'")
                    .update();
        }
        assertThat(Files.exists(dataDir.resolve("tandem.mv.db"))).isTrue();
        try (ConfigurableApplicationContext second = start(url)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single())
                    .as("demo data is not loaded twice").isEqualTo(organisations);
            assertThat(jdbc.sql("select description from organisation where name = 'Kickstart Sport CIC'")
                    .query(String.class).single()).isEqualTo("Kept across restarts");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(TandemApplication.class)
                .run("--server.port=0", "--tandem.demo-data=true", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--logging.level.root=WARN");
    }
}
