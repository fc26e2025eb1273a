package kz.etalon.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityFile;
import kz.etalon.city.CityDataChecker;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;

/**
 * The tests' one builder of tiny standards and city files: writes them to a folder and loads them as
 * the command line would.
 */
public final class TestStandards {

    public static final RuleBooks PROJECT_RULES = new RuleBooks(Path.of("rules"));

    private TestStandards() {
    }

    public static Standard standard(Path dir, String id, String yaml) {
        return StandardReader.readOrThrow(write(dir.resolve(id + ".yaml"), yaml));
    }

    /** A city file for {@code standard}, checked against it. */
    public static CityData cities(Path dir, Standard standard, String csv) {
        Path file = write(dir.resolve(standard.id() + "-cities.csv"), csv);
        Problems problems = new Problems();
        RuleBook rules = PROJECT_RULES.forStandard(standard);
        CityData data = CityDataChecker.check(CityCsvReader.read(file, problems).orElseThrow(), standard,
                rules::inputOf, problems);
        problems.throwIfErrors();
        return data;
    }

    /** A city file as read, before it is checked against any standard. */
    public static CityFile cityFile(Path dir, String name, String csv) {
        Problems problems = new Problems();
        CityFile file = CityCsvReader.read(write(dir.resolve(name), csv), problems).orElseThrow();
        problems.throwIfErrors();
        return file;
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
