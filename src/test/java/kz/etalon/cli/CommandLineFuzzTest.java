package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the front door: random mutations (InputMutator) of the shipped standard and city data and of
 * the small fixtures, each run through a command of the command line (every one, with option values in
 * and out of their ranges) in process with {@code --out} into a folder
 * that already holds an older output. Every run must end with exit 0 or 2 (never 3, an internal error),
 * print no stack trace, and leave the output either complete and identical to what the same run prints
 * (exit 0) or untouched (exit 2), with no temporary file left behind. Run count: -Detalon.fuzz
 * (default in pom.xml); first seed: -Detalon.fuzz.seed. A failing input is kept under target/fuzz-failures/.
 */
class CommandLineFuzzTest {

    private static final String PREVIOUS = "previous results\n";

    /** Standard and city file pairs the mutations start from. */
    private static final List<String[]> CORPUS = List.of(
            new String[] {"standards/kz-2019.yaml", "data/kz-2019-cities.csv"},
            new String[] {"standards/kz-2019.yaml", "data/kz-2019-cities.csv"},
            new String[] {"src/test/resources/valid/tiny.yaml", "src/test/resources/valid/tiny-cities.csv"},
            new String[] {"src/test/resources/valid/tiny.yaml", "src/test/resources/valid/tiny-cities-wide.csv"},
            new String[] {"src/test/resources/valid/tiny.yaml", "src/test/resources/valid/tiny-cities-semicolon.csv"},
            new String[] {"src/test/resources/valid/tiny.yaml", "src/test/resources/valid/tiny-cities-crlf.csv"},
            new String[] {"src/test/resources/valid/tiny.yaml", "src/test/resources/valid/tiny-cities-bom.csv"},
            new String[] {"src/test/resources/valid/tiny-missing-error.yaml", "src/test/resources/invalid/cities-missing-value.csv"},
            new String[] {"src/test/resources/invalid/several-problems.yaml", "src/test/resources/invalid/cities-duplicate-row.csv"});

    @TempDir
    Path dir;

    @Test
    void everyMutatedInputEndsWithExitZeroOrTwo_noStackTrace_andAnOutputThatIsWholeOrUntouched() throws IOException {
        int runs = Integer.getInteger("etalon.fuzz", 500);
        long firstSeed = Long.getLong("etalon.fuzz.seed", 70_000_001L);
        Path home = Path.of("").toAbsolutePath();
        Path in = Files.createDirectories(dir.resolve("in"));
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Map<String, Integer> exits = new TreeMap<>();
        Map<String, Integer> errorKinds = new TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long seed = firstSeed + i;
            Random random = new Random(seed);
            String[] pair = CORPUS.get(random.nextInt(CORPUS.size()));
            byte[] standard = Files.readAllBytes(Path.of(pair[0]));
            byte[] cities = Files.readAllBytes(Path.of(pair[1]));
            InputMutator mutator = new InputMutator(random);
            int target = random.nextInt(10);
            if (target < 5) {
                standard = mutator.mutate(standard, cities);
            }
            if (target >= 4) {
                cities = mutator.mutate(cities, standard);
            }
            Path standardFile = Files.write(in.resolve("fuzz.yaml"), standard);
            Path citiesFile = Files.write(in.resolve("fuzz.csv"), cities);
            String format = List.of("json", "csv", "table").get(random.nextInt(3));
            Path out = outDir.resolve("results." + format);
            try (Stream<Path> old = Files.list(outDir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            Files.writeString(out, PREVIOUS);
            String[] args = command(random, standardFile.toString(), citiesFile.toString(), format, out.toString());
            CliRun run;
            try {
                run = run(home, args);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(failure(seed, standard, cities, args, "uncaught " + e), e);
            }
            exits.merge(args[0] + " exit " + run.exitCode(), 1, Integer::sum);
            CliRun finished = run;
            byte[] standardBytes = standard;
            byte[] citiesBytes = cities;
            java.util.function.Supplier<String> context = () -> failure(seed, standardBytes, citiesBytes, args, finished.err());
            assertThat(run.exitCode()).as(context).isIn(0, 2);
            assertThat(run.hasStackTrace()).as(context).isFalse();
            try (Stream<Path> left = Files.list(outDir)) {
                assertThat(left.toList()).as(() -> "no temporary file left: " + context.get()).containsExactly(out);
            }
            byte[] written = Files.readAllBytes(out);   // a workbook (template) is not text
            if (run.exitCode() == 2) {
                assertThat(new String(written, StandardCharsets.UTF_8)).as(() -> "a failed run leaves the old output: " + context.get())
                        .isEqualTo(PREVIOUS);
                assertThat(run.err()).as(context).containsAnyOf("error: ", "Invalid value for option");
                run.err().lines().filter(line -> line.contains(": error: ")).forEach(line -> errorKinds.merge(kind(line), 1,
                        Integer::sum));
            } else if (args[0].equals("evaluate") && args[args.length - 4].equals("--format")) {
                String[] toStdout = Arrays.copyOf(args, args.length - 2);
                assertThat(new String(written, StandardCharsets.UTF_8)).as(() -> "the output is whole: " + context.get())
                        .isEqualTo(run(home, toStdout).out());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: %d runs, seeds %d..%d, %.1f s; %s; %d distinct error kinds%n", runs, firstSeed,
                firstSeed + runs - 1, seconds, exits, errorKinds.size());
        if (System.getProperty("etalon.fuzz.kinds") != null) {
            Files.write(Path.of(System.getProperty("etalon.fuzz.kinds")), errorKinds.entrySet().stream()
                    .map(entry -> entry.getValue() + "\t" + entry.getKey()).toList());
        }
        assertThat(exits.keySet()).as("the mutations reach both outcomes").contains("evaluate exit 0", "evaluate exit 2");
    }

    /** Option values at and beyond the edges of their ranges, and nonsense. */
    private static final List<String> NUMBERS = List.of("0", "1", "-1", "2", "1e999999999", "2147483647", "NaN", "0.5", "100",
            "101", "x", "");

    /**
     * Mostly evaluate (whose output is compared with what it prints); about one run in five another
     * command (the slow ones, compare and report, rarely), with the mutated inputs and option values
     * from {@link #NUMBERS}.
     */
    private static String[] command(Random random, String standard, String cities, String format, String out) {
        String number = NUMBERS.get(random.nextInt(NUMBERS.size()));
        return switch (random.nextInt(60)) {
            case 0, 1, 9, 10, 11 -> new String[] {"validate", standard, cities};
            case 2 -> new String[] {"diff", standard, "kz-2019", "--out", out};
            case 3 -> new String[] {"compare", "--standard", "kz-2019", "--standard", standard, "--cities", cities, "--out", out};
            case 4 -> new String[] {"whatif", "--standard", standard, "--cities", cities, "--city", "Almaty", "--goal",
                    List.of("rank:", "score:", "next-points").get(random.nextInt(3)) + number, "--out", out};
            case 5 -> new String[] {"sensitivity", "--standard", standard, "--cities", cities, "--runs",
                    random.nextBoolean() ? "2" : number, "--noise", random.nextBoolean() ? "5" : number, "--out", out};
            case 6 -> new String[] {"report", "--standard", standard, "--cities", cities, "--out", out};
            case 7 -> new String[] {"template", "--standard", standard, "--cities", cities, "--out", out};
            case 8, 12, 13 -> new String[] {"evaluate", "--standard", standard, "--cities", cities, "--fragile", number, "--out", out};
            default -> new String[] {"evaluate", "--standard", standard, "--cities", cities, "--format", format, "--out", out};
        };
    }

    private static CliRun run(Path home, String... args) {
        return CliRun.in(home, args);
    }

    /** An error message with its particulars (names, numbers, quoted values) taken out: its kind. */
    static String kind(String line) {
        return line.substring(line.indexOf(": error: ") + ": error: ".length())
                .replaceAll("`[^`]*`", "`_`")
                .replaceAll("\"[^\"]*\"", "\"_\"")
                .replaceAll("^.*? has no value for \\S+, and \\S+ says", "CITY has no value for ID, and STANDARD says")
                .replaceAll("^.*?, \\S+ \\([a-z_]+\\): ", "CITY, ID, METHOD: ")
                .replaceAll("a second value for .*?, \\S+ ", "a second value for CITY, ID ")
                .replaceAll("is not in \\S+", "is not in STANDARD")
                .replaceAll("U\\+[0-9A-F]{4,}", "U+_")
                .replaceAll("\\d+(\\.\\d+)?", "#")
                .replaceAll("\\(.*", "")
                .replaceAll(";.*", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String failure(long seed, byte[] standard, byte[] cities, String[] args, String err) {
        try {
            Path kept = Files.createDirectories(Path.of("target/fuzz-failures/" + seed));
            Files.write(kept.resolve("fuzz.yaml"), standard);
            Files.write(kept.resolve("fuzz.csv"), cities);
            return "seed " + seed + " (inputs in " + kept + "), " + String.join(" ", args) + "\n" + err;
        } catch (IOException e) {
            return "seed " + seed + ": " + err;
        }
    }
}
