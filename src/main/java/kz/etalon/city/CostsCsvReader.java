package kz.etalon.city;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.etalon.problem.Hints;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;

/** Reads what improving each indicator costs: {@code indicator,cost}, one row per indicator. */
public final class CostsCsvReader {

    private CostsCsvReader() {
    }

    public static Map<String, BigDecimal> read(Path file, Set<String> indicators, Problems problems) {
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.error(Location.of(file), "no such file");
            return costs;
        } catch (IOException e) {
            problems.error(Location.of(file), "cannot read as UTF-8 text: " + e.getMessage());
            return costs;
        }
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().replace(';', ',').equalsIgnoreCase("indicator,cost")) {
            problems.error(new Location(file, 1, 1), "the header should be `indicator,cost`");
            return costs;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Location at = new Location(file, i + 1, 1);
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("[,;]", -1);
            if (cells.length != 2) {
                problems.error(at, "a row should be `indicator,cost`, e.g. `hlt.03,2.5`");
                continue;
            }
            String indicator = cells[0].strip();
            if (!indicators.contains(indicator)) {
                problems.error(at, "indicator `" + indicator + "` is not in the standard" + Hints.didYouMean(indicator, indicators));
                continue;
            }
            Optional<BigDecimal> cost = ValueKind.number(cells[1].strip());
            if (cost.isEmpty() || cost.get().signum() < 0) {
                problems.error(at, "cost `" + cells[1].strip() + "` should be a number of 0 or more");
            } else if (costs.putIfAbsent(indicator, cost.get()) != null) {
                problems.error(at, "a second cost for " + indicator + "; keep one row per indicator");
            }
        }
        return costs;
    }
}
