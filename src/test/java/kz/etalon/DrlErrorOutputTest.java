package kz.etalon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRL typo as a user meets it: a new JVM running the program's main class, with the logging
 * configuration of the release (src/main/resources/simplelogger.properties) and no property of the test
 * runner, so a library that logs the compile error before Etalon reports it would show here.
 */
class DrlErrorOutputTest {

    @TempDir
    Path home;

    @Test
    void aDrlTypoPrintsOnlyEtalonsFileAndLineErrors() throws IOException, InterruptedException {
        copy(Path.of("standards"), home.resolve("standards"));
        copy(Path.of("data"), home.resolve("data"));
        copy(Path.of("rules"), home.resolve("rules"));
        Path drl = home.resolve("rules/common/aggregations.drl");
        String text = Files.readString(drl);
        assertThat(text).contains("\nthen\n");
        Files.writeString(drl, text.replaceFirst("\nthen\n", "\nthne\n"));

        Path err = home.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Detalon.home=" + home, "-Detalon.cache=off",
                "kz.etalon.cli.Main", "evaluate")
                .directory(home.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join("\n", lines)).isEqualTo(2);
        assertThat(lines).isNotEmpty();
        assertThat(lines.subList(0, lines.size() - 1))
                .allMatch(line -> line.matches(".*rules/common/aggregations\\.drl:\\d+: error: DRL: .*"), "a file:line error");
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ errors?; nothing was written");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
