package kz.etalon.round;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** A round as {@code round.yaml}: plain YAML a person can read, written in one fixed order. */
final class RoundYaml {

    private RoundYaml() {
    }

    static String text(Round round) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", round.id());
        yaml.put("standard", round.standard());
        yaml.put("year", round.year());
        round.deadline().ifPresent(date -> yaml.put("deadline", date.toString()));
        round.previous().ifPresent(previous -> yaml.put("previous", previous));
        List<Map<String, Object>> cities = new ArrayList<>();
        for (RoundCity city : round.cities()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", city.name());
            entry.put("accounts", new ArrayList<>(city.accounts()));
            cities.add(entry);
        }
        yaml.put("cities", cities);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(200).build();
        return new Dump(settings).dumpToString(yaml);
    }

    static Round parse(String text, Path file) {
        Location at = Location.of(file);
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw InputException.of(at, "not readable as YAML: " + e.getMessage().lines().findFirst().orElse("")
                    + "; this file is written by Etalon: restore it from the workspace's history");
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw InputException.of(at, "not a round: the file holds no mapping of id, standard, year and cities");
        }
        Problems problems = new Problems();
        String id = string(map, "id", at, problems);
        String standard = string(map, "standard", at, problems);
        int year = map.get("year") instanceof Integer number ? number : 0;
        if (year == 0) {
            problems.error(at, "`year` is missing or not a whole number");
        }
        Optional<LocalDate> deadline = Optional.empty();
        if (map.get("deadline") != null) {
            try {
                deadline = Optional.of(LocalDate.parse(String.valueOf(map.get("deadline"))));
            } catch (DateTimeParseException e) {
                problems.error(at, "`deadline` " + map.get("deadline") + " is not a date like 2020-03-31");
            }
        }
        Optional<String> previous = Optional.ofNullable(map.get("previous")).map(String::valueOf);
        List<RoundCity> cities = new ArrayList<>();
        if (map.get("cities") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> city && city.get("name") instanceof String name && RoundCity.isName(name)) {
                    List<String> accounts = city.get("accounts") instanceof List<?> names
                            ? names.stream().map(String::valueOf).toList() : List.of();
                    cities.add(new RoundCity(name, accounts));
                } else {
                    problems.error(at, "a city of `cities` has no plain `name`: " + entry);
                }
            }
        } else {
            problems.error(at, "`cities` is missing or not a list");
        }
        problems.throwIfErrors();
        return new Round(id, standard, year, deadline, previous, cities);
    }

    private static String string(Map<?, ?> map, String key, Location at, Problems problems) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            problems.error(at, "`" + key + "` is missing");
            return "";
        }
        return String.valueOf(value);
    }
}
