package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What README.md and docs/*.md show a command printing is what it prints. Each example is run in process
 * and the lines shown are compared with the lines printed (stdout, then stderr), so a renumbered line, a
 * changed figure or a reworded message fails the build.
 *
 * <p>Which examples are checked, in the Markdown source:
 * <ul>
 *   <li>a fenced {@code sh} block whose first line is an {@code ./etalon ...} command, followed (blank lines
 *       apart) by a plain fenced block: that block is the output of the first command;</li>
 *   <li>a plain fenced block right after the comment {@code <!-- output of: ./etalon ... -->}: the output of
 *       that command;</li>
 *   <li>a plain fenced block of {@code $ ./etalon ...} lines: each line's output is the lines below it, up
 *       to a blank line or the next {@code $} line.</li>
 * </ul>
 * In a shown output a line {@code ...} stands for any number of lines, and a line ending in {@code ...}
 * for any line that starts as it does; without a final {@code ...} the output must end where the block
 * does. Runs of spaces count as one, trailing spaces not at all. Files an example needs are made by
 * comments before it: {@code <!-- given: PATH = SOURCE with `FROM` -> `TO` and `FROM` -> `TO` -->} copies SOURCE (a path in the
 * project) to PATH in an empty folder, replacing the first occurrence of each FROM; the command is given
 * that file where it names PATH, and the folder is left out of what it prints.
 */
class ReadmeExamplesTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern FENCE = Pattern.compile("^```\\s*(\\w*)\\s*$");
    private static final Pattern OUTPUT_OF = Pattern.compile("^<!--\\s*output of:\\s*(\\./etalon\\s.*?)\\s*-->$");
    private static final Pattern GIVEN = Pattern.compile("^<!--\\s*given:\\s*(\\S+)\\s*=\\s*(\\S+)(?:\\s+with\\s+(.*?))?\\s*-->$");
    private static final Pattern REPLACEMENT = Pattern.compile("`([^`]*)`\\s*->\\s*`([^`]*)`");
    private static final String ELIDED = "...";

    @TempDir
    Path work;

    record Given(Path file, Path source, List<String[]> replacements) {
    }

    record Example(String where, String command, List<String> shown, List<Given> given) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfACommandShowsWhatItPrints() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(PROJECT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(PROJECT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            examples.addAll(examples(PROJECT.relativize(file).toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        assertThat(examples).as("examples found in README.md").hasSizeGreaterThanOrEqualTo(8);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.where() + " " + example.command(),
                () -> check(example)));
    }

    @Test
    void aShownOutputMatchesOnlyWhatWasPrinted() {
        List<String> printed = List.of("a kz-2019.yaml:35", "b", "c 72%", "d");
        assertThat(matches(List.of("a kz-2019.yaml:35", "...", "d"), 0, printed, 0, new int[1])).isTrue();
        assertThat(matches(List.of("a kz-2019.yaml:34", "...", "d"), 0, printed, 0, new int[1])).as("renumbered").isFalse();
        assertThat(matches(List.of("...", "c 72%", "..."), 0, printed, 0, new int[1])).isTrue();
        assertThat(matches(List.of("...", "c 64%", "..."), 0, printed, 0, new int[1])).as("a changed figure").isFalse();
        assertThat(matches(List.of("a kz-2019.yaml:35", "b"), 0, printed, 0, new int[1])).as("no final ...").isFalse();
        assertThat(matches(List.of("a ...", "b", "c ...", "d"), 0, printed, 0, new int[1])).isTrue();
    }

    @Test
    void theThreeKindsOfExampleAreFound() {
        List<String> markdown = List.of("```sh", "./etalon evaluate   # rank", "mvn -B verify", "```", "", "```", "Rank", "...",
                "```", "<!-- output of: ./etalon diff kz-2018 kz-2019 -->", "```", "46 changes", "```",
                "<!-- given: x.yaml = standards/kz-2019.yaml with `a` -> `b` -->", "```", "$ ./etalon validate x.yaml",
                "x.yaml:1: error", "", "$ ./etalon evaluate", "Rank", "```", "Prose.", "```", "not an example", "```");
        assertThat(examples("M.md", markdown)).extracting(Example::where, Example::command, Example::shown)
                .containsExactly(
                        tuple("M.md:7", "./etalon evaluate", List.of("Rank", "...")),
                        tuple("M.md:12", "./etalon diff kz-2018 kz-2019", List.of("46 changes")),
                        tuple("M.md:16", "./etalon validate x.yaml", List.of("x.yaml:1: error")),
                        tuple("M.md:19", "./etalon evaluate", List.of("Rank")));
        assertThat(examples("M.md", markdown).get(2).given()).singleElement()
                .satisfies(given -> assertThat(given.file()).isEqualTo(Path.of("x.yaml")));
    }

    static List<Example> examples(String name, List<String> lines) {
        List<Example> examples = new ArrayList<>();
        List<Given> given = new ArrayList<>();
        String outputOf = null;
        String firstShCommand = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher marker = OUTPUT_OF.matcher(line);
            Matcher givenMarker = GIVEN.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (marker.matches()) {
                outputOf = marker.group(1);
            } else if (givenMarker.matches()) {
                given.add(given(givenMarker));
            } else if (fence.matches()) {
                int end = closingFence(lines, i);
                List<String> body = lines.subList(i + 1, end);
                String where = name + ":" + (i + 2);
                if (fence.group(1).equals("sh")) {
                    firstShCommand = body.isEmpty() || !body.get(0).startsWith("./etalon ") ? null
                            : body.get(0).replaceFirst("\\s+#.*$", "").strip();
                } else if (fence.group(1).isEmpty()) {
                    String command = outputOf != null ? outputOf : firstShCommand;
                    if (command != null) {
                        examples.add(new Example(where, command, List.copyOf(body), List.copyOf(given)));
                        given.clear();
                    } else if (!body.isEmpty() && body.get(0).startsWith("$ ./etalon ")) {
                        examples.addAll(transcript(name, i + 2, body, given));
                        given.clear();
                    }
                    firstShCommand = null;
                } else {
                    firstShCommand = null;
                }
                outputOf = null;
                i = end;
            } else if (!line.isEmpty()) {
                outputOf = null;
                firstShCommand = null;
            }
        }
        return examples;
    }

    private static List<Example> transcript(String name, int firstLine, List<String> body, List<Given> given) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).startsWith("$ ./etalon ")) {
                continue;
            }
            int end = i + 1;
            while (end < body.size() && !body.get(end).isBlank() && !body.get(end).startsWith("$ ")) {
                end++;
            }
            examples.add(new Example(name + ":" + (firstLine + i), body.get(i).substring(2).strip(),
                    List.copyOf(body.subList(i + 1, end)), List.copyOf(given)));
            i = end - 1;
        }
        return examples;
    }

    private static Given given(Matcher marker) {
        List<String[]> replacements = new ArrayList<>();
        Matcher pair = REPLACEMENT.matcher(marker.group(3) == null ? "" : marker.group(3));
        while (pair.find()) {
            replacements.add(new String[] {pair.group(1), pair.group(2)});
        }
        return new Given(Path.of(marker.group(1)), Path.of(marker.group(2)), replacements);
    }

    private static int closingFence(List<String> lines, int open) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```")) {
                return i;
            }
        }
        throw new AssertionError("a fenced block opened at line " + (open + 1) + " is never closed");
    }

    private void check(Example example) throws IOException {
        String[] args = arguments(example.command());
        for (Given given : example.given()) {
            String text = Files.readString(PROJECT.resolve(given.source()), StandardCharsets.UTF_8);
            for (String[] replacement : given.replacements()) {
                assertThat(text).as("%s: %s holds `%s`", example.where(), given.source(), replacement[0]).contains(replacement[0]);
                text = text.replaceFirst(Pattern.quote(replacement[0]), Matcher.quoteReplacement(replacement[1]));
            }
            Path file = work.resolve(given.file());
            Files.createDirectories(file.getParent() == null ? work : file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            for (int i = 0; i < args.length; i++) {
                if (Path.of(args[i]).equals(given.file())) {
                    args[i] = file.toString();
                }
            }
        }
        String workPrefix = work + java.io.File.separator;
        List<String> printed = run(args).stream().map(line -> line.replace(workPrefix, "")).toList();
        List<String> shown = example.shown().stream().map(ReadmeExamplesTest::spaced).toList();
        int[] furthest = {0};
        assertThat(matches(shown, 0, printed.stream().map(ReadmeExamplesTest::spaced).toList(), 0, furthest))
                .as("%s: `%s` printed%n%s%n%nwhich does not show line %d of the example (%s)", example.where(),
                        example.command(), String.join("\n", printed), furthest[0] + 1,
                        furthest[0] < shown.size() ? "`" + example.shown().get(furthest[0]).strip() + "`" : "its end")
                .isTrue();
    }

    /** Runs of spaces count as one: the example may align its columns narrower than a wide output does. */
    private static String spaced(String line) {
        return line.stripTrailing().replaceAll(" {2,}", " ");
    }

    /**
     * Whether the shown lines from {@code s} match the printed lines from {@code p}; {@code furthest} keeps
     * the furthest shown line reached, to say where they part.
     */
    static boolean matches(List<String> shown, int s, List<String> printed, int p, int[] furthest) {
        furthest[0] = Math.max(furthest[0], s);
        if (s == shown.size()) {
            return p == printed.size();
        }
        String line = shown.get(s);
        if (line.strip().equals(ELIDED)) {
            for (int from = p; from <= printed.size(); from++) {
                if (matches(shown, s + 1, printed, from, furthest)) {
                    return true;
                }
            }
            return false;
        }
        if (p == printed.size()) {
            return false;
        }
        String actual = printed.get(p);
        boolean same = line.endsWith(ELIDED)
                ? actual.startsWith(line.substring(0, line.length() - ELIDED.length()).stripTrailing())
                : actual.equals(line);
        return same && matches(shown, s + 1, printed, p + 1, furthest);
    }

    /** The words after {@code ./etalon}; a word may be quoted with double quotes. */
    static String[] arguments(String command) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        assertThat(words.get(0)).isEqualTo("./etalon");
        return words.subList(1, words.size()).toArray(String[]::new);
    }

    /** One run of the command line as {@code ./etalon} makes it: what it printed on stdout, then on stderr. */
    private static List<String> run(String... args) {
        CliRun result = CliRun.of(args);
        List<String> lines = new ArrayList<>();
        for (String text : List.of(result.out(), result.err())) {
            if (!text.isEmpty()) {
                lines.addAll(Arrays.stream(text.split("\\R", -1)).map(String::stripTrailing).toList());
                if (lines.get(lines.size() - 1).isEmpty()) {
                    lines.remove(lines.size() - 1);
                }
            }
        }
        return lines;
    }
}
