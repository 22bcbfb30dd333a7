package org.tandem;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher finds a Java 21+ runtime by itself, whatever JAVA_HOME says, and explains its commands. */
class LauncherTest {

    record Outcome(int exitCode, String output) {
    }

    @Test
    void helpWorksWithoutJavaHome() throws Exception {
        Outcome outcome = launch(Map.of(), "--help");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output()).contains("run").contains("test").contains("admin create-user")
                .contains("audit verify").contains("pb count FILE.pb").contains("pb validate FILE.pb");
    }

    @Test
    void aJavaHomeOlderThan21IsPassedOver() throws Exception {
        File java17 = new File("/usr/lib/jvm/java-17-openjdk-amd64");
        Map<String, String> environment = java17.isDirectory() ? Map.of("JAVA_HOME", java17.getPath()) : Map.of();
        Outcome outcome = launch(environment, "--help");
        assertThat(outcome.exitCode()).isZero();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("Using Java (\\d+) from (\\S+)")
                .matcher(outcome.output());
        assertThat(version.find()).as(outcome.output()).isTrue();
        assertThat(Integer.parseInt(version.group(1))).isGreaterThanOrEqualTo(21);
        assertThat(version.group(2)).isNotEqualTo(java17.getPath());
    }

    @Test
    void anUnknownCommandIsRefusedWithTheHelp() throws Exception {
        Outcome outcome = launch(Map.of(), "frobnicate");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output()).contains("Unknown command: frobnicate").contains("Usage:");
    }

    private static Outcome launch(Map<String, String> environment, String... args) throws IOException,
            InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = "tandem";
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }
}
