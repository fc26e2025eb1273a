package kz.etalon.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template (src/main/jte and any other src/main/jte* folder) escapes what it writes: the one exception
 * is {@code report/markup.jte}, which writes the SVG of the report's charts and the style rules of their
 * classes, a {@link ChartMarkup} that only this package makes.
 */
class TemplatesWriteNothingUnescapedTest {

    private static final Path MAIN = Path.of("src/main");

    @Test
    void noTemplateButTheChartsOneWritesUnsafe() throws IOException {
        List<Path> templates = templates();
        assertThat(templates).hasSizeGreaterThan(40).contains(MAIN.resolve("jte/report/ranking.jte"));

        List<String> unsafe = templates.stream().filter(file -> read(file).contains("$unsafe"))
                .map(file -> MAIN.relativize(file).toString().replace('\\', '/')).toList();

        assertThat(unsafe).containsExactly("jte/report/markup.jte");
    }

    @Test
    void theChartsTemplateTakesChartMarkupOnly_andWritesItOnce() {
        String markup = read(MAIN.resolve("jte/report/markup.jte"));

        assertThat(markup.lines().filter(line -> line.startsWith("@param")).toList())
                .containsExactly("@param ChartMarkup markup");
        assertThat(markup.split("\\$unsafe", -1)).hasSize(2);
        assertThat(markup).contains("$unsafe{markup.text()}");
    }

    @Test
    void onlyThisPackageMakesChartMarkup() {
        assertThat(Arrays.stream(ChartMarkup.class.getDeclaredConstructors()).map(c -> c.getModifiers())
                .filter(modifiers -> Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))).isEmpty();
        assertThat(Modifier.isFinal(ChartMarkup.class.getModifiers())).isTrue();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> folders = Files.list(MAIN)) {
            return folders.filter(folder -> folder.getFileName().toString().startsWith("jte")).flatMap(folder -> {
                try (Stream<Path> files = Files.walk(folder)) {
                    return files.filter(file -> file.toString().endsWith(".jte")).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
