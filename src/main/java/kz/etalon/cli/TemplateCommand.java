package kz.etalon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.etalon.city.City;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.problem.Problems;
import kz.etalon.report.AtomicFile;
import kz.etalon.sheet.TemplateWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "template",
        description = {"Writes an Excel workbook (.xlsx) in which city administrations collect their data:",
                "one row per indicator of the standard (id, area, name, method, unit or target), one column per city,",
                "drop-downs for yes/no in the chosen language, shares limited to 0..100, and an instructions sheet.",
                "evaluate, report, compare and validate read the filled workbook directly."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon template --out cities-2019.xlsx",
                "  ./etalon template --standard kz-2019 --lang ru --out cities-2019-ru.xlsx",
                "  ./etalon template --standard kz-2026 --city Almaty --city Shymkent --out two-cities.xlsx",
                "  ./etalon template --standard kz-2019 --cities data/kz-2019-cities.csv --out last-year-filled.xlsx",
                "", "Then: ./etalon evaluate --standard kz-2019 --cities cities-2019.xlsx"})
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID|FILE", defaultValue = Project.DEFAULT_STANDARD,
            description = "The standard whose indicators the workbook asks for. Default: ${DEFAULT-VALUE}.")
    private String standard;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the workbook: en, ru or kk. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Option(names = "--city", paramLabel = "NAME", description = "A city column; repeat for several. "
            + "Default: the cities of the standard's bundled data, or " + TemplateWorkbook.BLANK_CITIES + " blank columns.")
    private List<String> cityNames = new ArrayList<>();

    @Option(names = "--cities", paramLabel = "FILE",
            description = "Fill the workbook with the values of this data file (.csv or .xlsx), e.g. last year's, to be updated.")
    private Path fillFrom;

    @Option(names = "--out", paramLabel = "FILE", description = "The workbook to write (whole or not at all). Default: <standard id>-template.xlsx.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Project project = parent.project();
        Inputs.Checked checked = Inputs.standard(project, project.standardFile(standard));
        List<City> cities = new ArrayList<>();
        if (fillFrom != null) {
            Problems problems = new Problems();
            CityData data = Inputs.cities(checked, project.userFile(fillFrom), problems);
            problems.throwIfErrors();
            cities.addAll(data.cities());
        }
        for (String name : new LinkedHashSet<>(cityNames)) {
            if (cities.stream().noneMatch(city -> city.name().equalsIgnoreCase(name.strip()))) {
                cities.add(new City(name.strip(), Map.of()));
            }
        }
        if (fillFrom == null && cityNames.isEmpty()) {
            cities.addAll(bundledNames(project, checked));
        }
        byte[] workbook = TemplateWorkbook.write(checked.standard(), checked.rules()::inputOf, cities, lang.name());
        Path target = project.userFile(out != null ? out : Path.of(checked.standard().id() + "-template.xlsx"));
        AtomicFile.write(target, workbook);
        long indicators = checked.standard().indicators().count();
        spec.commandLine().getOut().printf("wrote %s: %d indicators x %s, %s%n", target, indicators,
                cities.isEmpty() ? TemplateWorkbook.BLANK_CITIES + " blank city columns" : cities.size() + " cities",
                ReportCommand.size(Files.size(target)));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /** The names in the standard's bundled data, as blank columns; none when it has no bundled data. */
    private static List<City> bundledNames(Project project, Inputs.Checked checked) {
        Path bundled;
        try {
            bundled = project.defaultCities(checked.standard().id());
        } catch (kz.etalon.problem.InputException e) {
            return List.of();
        }
        Problems problems = new Problems();
        List<City> names = new ArrayList<>();
        CityCsvReader.read(bundled, problems).ifPresent(file -> file.values().stream()
                .map(value -> value.city().strip()).filter(name -> !name.isEmpty()).distinct()
                .forEach(name -> names.add(new City(name, Map.of()))));
        return names;
    }
}
