package kz.etalon.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import kz.etalon.report.JsonReport;
import kz.etalon.report.TableReport;

/**
 * The application layer over the project folder's own standards, rules and data, for tests that need
 * real inputs (an evaluation to render, a workbook to fill) without going through a front end.
 */
public final class Bundled {

    private static final Path HERE = Path.of("").toAbsolutePath();
    private static final Etalon APP = new Etalon(new Workspace(HERE, HERE));

    private Bundled() {
    }

    public static Etalon app() {
        return APP;
    }

    /** kz-2019 evaluated on {@code cities} (null: its bundled data). */
    public static Etalon.Evaluated kz2019(Path cities) {
        return APP.evaluate(Workspace.DEFAULT_STANDARD, cities);
    }

    /** The JSON that {@code evaluate --format json} writes for kz-2019 and {@code cities}. */
    public static String json(Path cities) {
        return JsonReport.write(JsonReport.tree(kz2019(cities).evaluation()));
    }

    /** The table that {@code evaluate} prints for kz-2019 and {@code cities}. */
    public static String table(Path cities) {
        return TableReport.render(kz2019(cities).evaluation(), "en");
    }

    /** Writes the data-collection workbook of {@code standard} to {@code out}, as {@code template} does. */
    public static Etalon.Template template(Path out, String standard, Path fillFrom, List<String> cities, String language)
            throws IOException {
        Etalon.Template template = APP.template(standard, fillFrom, cities, language);
        Files.write(out, template.workbook());
        return template;
    }

    /** The problems an operation reports, one line each as the command line prints them; none if it succeeds. */
    public static List<String> problems(Runnable operation) {
        try {
            operation.run();
            return List.of();
        } catch (InputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }
}
