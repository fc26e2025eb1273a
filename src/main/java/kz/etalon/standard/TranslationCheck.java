package kz.etalon.standard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;

/** Counts names that lack a language, to warn once per language rather than once per name. */
final class TranslationCheck {

    private final Map<String, Integer> missing = new LinkedHashMap<>();
    private final Map<String, Location> first = new LinkedHashMap<>();

    void record(Set<String> languages, Location at) {
        if (languages.isEmpty()) {
            return;
        }
        for (String language : StandardReader.LANGUAGES) {
            if (!languages.contains(language)) {
                missing.merge(language, 1, Integer::sum);
                first.putIfAbsent(language, at);
            }
        }
    }

    void report(Problems problems, Path file) {
        if (missing.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        missing.forEach((language, count) -> parts.add(count + (count == 1 ? " name lacks `" : " names lack `") + language
                + "` text"));
        Location at = first.values().iterator().next();
        problems.warning(at, String.join(", ", parts) + " (first here); those names show in English under --lang "
                + String.join("/", missing.keySet()));
    }
}
