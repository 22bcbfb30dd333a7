package org.tandem.prioritisation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.prioritisation.counting.BallotKind;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.counting.CountResult;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.PbInstance;
import org.tandem.prioritisation.counting.Rule;
import org.tandem.prioritisation.counting.RuleComparison;
import org.tandem.prioritisation.counting.Utility;
import org.tandem.prioritisation.pabulib.PabulibException;
import org.tandem.prioritisation.pabulib.PabulibProblem;
import org.tandem.prioritisation.pabulib.PabulibReader;
import org.tandem.prioritisation.pabulib.PabulibValidator;

/**
 * Counts or checks a Pabulib file, so any published participatory budget can be recounted by anyone. Exits with 0
 * when it worked, 1 when the file has problems, 2 when the command was wrong.
 */
public final class PbCommandLine {

    static final String USAGE = """
            Usage: tandem pb <command> FILE.pb [options]

              count FILE.pb               count the votes in a Pabulib file and print the winners
                  --rule mes|greedy         the Method of Equal Shares (default) or greedy by support
                  --utility cardinality|cost|points
                                            for equal shares: 1 per approved project (default for approval
                                            and ordinal ballots), the project's cost, or the points given
                                            (default for cumulative and scoring ballots)
                  --completion add1|none    for equal shares: Add1 then greedy (default), or none
                  --explain                 say for every project why it won or lost
                  --compare                 also count greedy and compare it with equal shares
              validate FILE.pb            check a Pabulib file and list every problem with its line and field

            Ties are broken by more supporters, then lower cost, then the order projects are listed in.
            """;

    private PbCommandLine() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
                out.print(USAGE);
                return args.length == 0 ? 2 : 0;
            }
            if (args.length < 2) {
                throw new UsageException("Give the .pb file to " + args[0]);
            }
            Path file = existing(args[1]);
            return switch (args[0]) {
                case "count" -> count(file, options(args), out);
                case "validate" -> validate(file, out);
                default -> throw new UsageException("Unknown pb command: " + args[0]);
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("See: tandem pb --help");
            return 2;
        } catch (PabulibException e) {
            err.println(args[1] + " cannot be counted:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("Could not read " + args[1] + ": " + e.getMessage());
            return 1;
        }
    }

    private static int count(Path file, Map<String, String> options, PrintStream out) {
        PbInstance instance = PabulibReader.readInstance(file);
        CountingMethod method = method(options, instance.kind());
        CountReport report = new CountReport(instance, out);
        report.header(file.getFileName().toString());
        CountResult result = Counting.count(instance, method);
        report.result(result, options.containsKey("explain"));
        if (options.containsKey("compare")) {
            CountResult greedy = method.rule() == Rule.GREEDY ? result
                    : Counting.count(instance, CountingMethod.greedy());
            CountResult equalShares = method.rule() == Rule.EQUAL_SHARES ? result : Counting.count(instance,
                    CountingMethod.equalShares(defaultUtility(instance.kind()), Completion.ADD1));
            report.comparison(new RuleComparison(greedy, equalShares));
        }
        return 0;
    }

    private static int validate(Path file, PrintStream out) throws IOException {
        List<PabulibProblem> problems = PabulibValidator.validate(file);
        if (problems.isEmpty()) {
            out.println(file.getFileName() + " is a valid Pabulib file.");
            return 0;
        }
        out.println(file.getFileName() + " has " + (problems.size() == 1 ? "1 problem:" : problems.size()
                + " problems:"));
        problems.forEach(problem -> out.println("  " + problem));
        return 1;
    }

    private static CountingMethod method(Map<String, String> options, BallotKind kind) {
        String rule = options.getOrDefault("rule", "mes");
        if (rule.equals("greedy")) {
            return CountingMethod.greedy();
        }
        if (!rule.equals("mes")) {
            throw new UsageException("--rule must be mes or greedy, not '" + rule + "'");
        }
        Utility utility = options.containsKey("utility") ? choose(Utility.values(), options.get("utility"),
                "--utility must be cardinality, cost or points") : defaultUtility(kind);
        Completion completion = choose(Completion.values(), options.getOrDefault("completion", "add1"),
                "--completion must be add1 or none");
        return CountingMethod.equalShares(utility, completion);
    }

    private static Utility defaultUtility(BallotKind kind) {
        return kind.hasPoints() ? Utility.POINTS : Utility.CARDINALITY;
    }

    private static <T extends Enum<T>> T choose(T[] values, String code, String problem) {
        for (T value : values) {
            String name = value instanceof Utility u ? u.code() : ((Completion) value).code();
            if (name.equals(code.toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new UsageException(problem + ", not '" + code + "'");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> flags = List.of("explain", "compare");
        List<String> valued = List.of("rule", "utility", "completion");
        for (int i = 2; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name != null && flags.contains(name)) {
                options.put(name, "");
            } else if (name != null && valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--" + name + " needs a value");
                }
                if (options.put(name, args[++i]) != null) {
                    throw new UsageException("--" + name + " was given more than once");
                }
            } else {
                throw new UsageException("Unknown option: " + args[i]);
            }
        }
        return options;
    }

    private static Path existing(String name) {
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("No such file: " + name);
        }
        return file;
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
