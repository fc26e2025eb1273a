package kz.etalon.city;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.etalon.problem.BoundedRead;
import kz.etalon.problem.Hints;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.problem.TextBytes;

/** Reads what improving each indicator costs: {@code indicator,cost}, one row per indicator. */
public final class CostsCsvReader {

    private CostsCsvReader() {
    }

    static final long MAX_BYTES = 1024L * 1024;

    public static Map<String, BigDecimal> read(Path file, Set<String> indicators, Problems problems) {
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        List<String> lines;
        try {
            Optional<String> text = TextBytes.utf8(BoundedRead.bytes(file, MAX_BYTES));
            if (text.isEmpty()) {
                problems.error(Location.of(file), "cannot read as UTF-8 text; save the file with encoding UTF-8");
                return costs;
            }
            lines = text.get().lines().toList();
        } catch (BoundedRead.TooLarge e) {
            problems.error(Location.of(file), "file is larger than " + e.shown() + "; a costs file has one line per indicator");
            return costs;
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
