package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.etalon.round.RoundCity;

/** A round of the bundled kz-2019 standard, and one-city files cut from its bundled data. */
public final class RoundFixture {

    private RoundFixture() {
    }

    public static Rounds.Opening opening(String id, LocalDate deadline, String... cities) {
        List<RoundCity> members = java.util.Arrays.stream(cities).map(city -> new RoundCity(city, List.of())).toList();
        return new Rounds.Opening(id, "kz-2019", 2020, members, Optional.ofNullable(deadline), Optional.empty());
    }

    /** The bundled data's rows of {@code city} as a long-form CSV file in {@code dir}. */
    public static Path oneCityFile(Path dir, String city) {
        try {
            List<String> lines = Files.readAllLines(Path.of("data/kz-2019-cities.csv"), StandardCharsets.UTF_8);
            String text = lines.get(0) + "\n" + lines.stream().skip(1).filter(line -> line.startsWith(city + ","))
                    .collect(Collectors.joining("\n")) + "\n";
            Path file = dir.resolve(city + "-2020.csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
