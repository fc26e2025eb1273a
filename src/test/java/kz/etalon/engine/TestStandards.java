package kz.etalon.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;

/** Writes small standards and city files to a folder and loads them as the command line would. */
final class TestStandards {

    static final RuleBooks PROJECT_RULES = new RuleBooks(Path.of("rules"));

    private TestStandards() {
    }

    static Standard standard(Path dir, String id, String yaml) {
        return StandardReader.readOrThrow(write(dir.resolve(id + ".yaml"), yaml));
    }

    static CityData cities(Path dir, Standard standard, String csv) {
        Path file = write(dir.resolve(standard.id() + "-cities.csv"), csv);
        Problems problems = new Problems();
        RuleBook rules = PROJECT_RULES.forStandard(standard);
        CityData data = CityDataChecker.check(CityCsvReader.read(file, problems).orElseThrow(), standard,
                rules::inputOf, problems);
        problems.throwIfErrors();
        return data;
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
