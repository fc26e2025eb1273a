package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.etalon.analysis.FitNote;
import kz.etalon.city.City;
import kz.etalon.city.CityData;
import kz.etalon.city.CityFiles;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problems;
import kz.etalon.sheet.TemplateWorkbook;
import kz.etalon.standard.Standard;

/** {@code template}: the workbook in which city administrations collect the data of a standard. */
final class Templating {

    private final Workspace workspace;

    Templating(Workspace workspace) {
        this.workspace = workspace;
    }

    Etalon.Template template(LoadedStandard loaded, Path fillFrom, List<String> cityNames, String language) {
        List<City> cities = new ArrayList<>();
        List<FitNote> notes = new ArrayList<>();
        Map<String, Map<String, String>> names = new HashMap<>();
        if (fillFrom != null) {
            Problems problems = new Problems();
            CityData data = CityInputs.strict(loaded, workspace.userFile(fillFrom), problems);
            problems.throwIfErrors();
            cities.addAll(data.cities());
            names.putAll(data.names());
        }
        for (String name : new LinkedHashSet<>(cityNames)) {
            if (cities.stream().noneMatch(city -> city.name().equalsIgnoreCase(name.strip()))) {
                cities.add(new City(name.strip(), Map.of()));
            }
        }
        if (fillFrom == null && cityNames.isEmpty()) {
            bundledNames(loaded.standard(), cities, names, notes);
        }
        byte[] workbook;
        try {
            workbook = TemplateWorkbook.write(loaded.standard(), loaded.rules()::inputOf, cities, names, language);
        } catch (IOException e) {
            throw new UncheckedIOException("building the workbook in memory", e);
        }
        return new Etalon.Template(loaded.standard(), workbook, loaded.standard().indicators().count(), cities.size(), notes);
    }

    /** The names in the standard's bundled data, as blank columns; none when there is no bundled data. */
    private void bundledNames(Standard standard, List<City> cities, Map<String, Map<String, String>> names,
                              List<FitNote> notes) {
        Workspace.BundledData bundled;
        try {
            bundled = workspace.bundledData(standard.id());
        } catch (InputException e) {
            return;
        }
        bundled.note().ifPresent(notes::add);
        CityFiles.read(bundled.file(), new Problems()).ifPresent(file -> {
            file.values().stream().map(value -> value.city().strip()).filter(name -> !name.isEmpty()).distinct()
                    .forEach(name -> cities.add(new City(name, Map.of())));
            names.putAll(file.names());
        });
    }
}
