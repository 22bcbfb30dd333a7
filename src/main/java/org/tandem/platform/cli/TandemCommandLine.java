package org.tandem.platform.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.platform.audit.AuditVerification;
import org.tandem.platform.audit.AuditVerifier;

/**
 * Tandem's command line ({@code ./tandem admin ...}, {@code ./tandem audit verify}): starts Tandem without its web
 * server against the configured database, runs one command and exits with 0 on success.
 */
public final class TandemCommandLine {

    private static final Set<String> COMMANDS = Set.of("admin", "audit", "help", "--help", "-h");

    static final String USAGE = """
            Usage: tandem <command> [options]

              run                         build if needed, then start Tandem on http://localhost:8080
                                          (embedded database in ./data, demo data on first start)
              test                        run the full test suite (H2, then PostgreSQL when reachable)
              admin create-user           create a person, or give an existing person a role
                  --email EMAIL             their email address (required)
                  --name NAME               their full name (required for a new person)
                  --organisation NAME       the organisation to give them a role in (created if new)
                  --kind KIND               for a new organisation: commissioning-body (default), provider, partnership
                  --role ROLE               administrator (default), commissioner, commissioning-officer,
                                            finance-officer, provider-user, citizen-co-producer, panel-member,
                                            scrutiny-member; repeat for several roles
                  --password-stdin          read the password from standard input instead of asking
              audit verify                check the audit log's hash chain and report the first broken link
              --help                      show this help

            Environment: TANDEM_DB_URL, TANDEM_DB_USER, TANDEM_DB_PASSWORD choose the database
            (default: the embedded database in ./data); SPRING_PROFILES_ACTIVE=postgres uses PostgreSQL.
            """;

    private TandemCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        PrintStream out = System.out;
        List<String> words = Arrays.asList(args);
        if (words.contains("--help") || words.contains("-h") || words.getFirst().equals("help")) {
            out.print(USAGE);
            return 0;
        }
        String command = String.join(" ", words.subList(0, Math.min(2, words.size())));
        try {
            return switch (command) {
                case "audit verify" -> withTandem(application, context -> {
                    AuditVerification result = context.getBean(AuditVerifier.class).verify();
                    out.println(result.describe());
                    return result.intact() ? 0 : 1;
                });
                case "admin create-user" -> {
                    Map<String, List<String>> options = options(words.subList(2, words.size()));
                    // Asked for only once the rest of the command has been checked, and only for a new person.
                    Supplier<String> password = options.containsKey("password-stdin")
                            ? TandemCommandLine::readStdin : TandemCommandLine::askPassword;
                    yield withTandem(application, context -> {
                        out.println(context.getBean(AdminCommands.class).createUser(options, password));
                        return 0;
                    });
                }
                default -> {
                    System.err.println("Unknown command: " + command + "\n");
                    System.err.print(USAGE);
                    yield 2;
                }
            };
        } catch (CommandException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** A problem with what was typed, reported without a stack trace. */
    static class CommandException extends RuntimeException {
        CommandException(String message) {
            super(message);
        }
    }

    interface Work {
        int run(ConfigurableApplicationContext context);
    }

    private static int withTandem(Class<?> application, Work work) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "tandem.demo-data=false",
                        "spring.modulith.republish-outstanding-events-on-restart=false")
                .run()) {
            return work.run(context);
        }
    }

    static Map<String, List<String>> options(List<String> words) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                throw new CommandException("Unexpected '" + word + "'. Options start with --; see --help.");
            }
            String name = word.substring(2);
            if (name.equals("password-stdin")) {
                options.put(name, List.of());
                continue;
            }
            if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                throw new CommandException("--" + name + " needs a value");
            }
            options.computeIfAbsent(name, k -> new ArrayList<>()).add(words.get(++i));
        }
        return options;
    }

    private static String readStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new CommandException("--password-stdin was given but nothing was read from standard input");
            }
            return line;
        } catch (IOException e) {
            throw new CommandException("Could not read the password: " + e.getMessage());
        }
    }

    private static String askPassword() {
        Console console = System.console();
        if (console == null) {
            throw new CommandException("No terminal to ask for a password: use --password-stdin");
        }
        char[] first = console.readPassword("Password (12 characters or more): ");
        char[] second = console.readPassword("Password again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CommandException("The two passwords were not the same");
        }
        return new String(first);
    }
}
