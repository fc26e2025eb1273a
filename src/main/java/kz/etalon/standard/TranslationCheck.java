package kz.etalon.standard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;

/**
 * Counts texts given by language (names, units, sources) that lack a language, to warn once per language
 * rather than once per text. A plain text such as {@code unit: "%"} is the same in every language and is
 * not counted.
 */
final class TranslationCheck {

    /** kind ("name", "unit", "source") and language -> how many lack it */
    private final Map<String, Integer> missing = new LinkedHashMap<>();
    private final Set<String> languagesMissing = new LinkedHashSet<>();
    private Location first;

    void record(String kind, Set<String> languages, Location at) {
        if (languages.isEmpty()) {
            return;
        }
        for (String language : StandardReader.LANGUAGES) {
            if (!languages.contains(language)) {
                missing.merge(kind + " " + language, 1, Integer::sum);
                languagesMissing.add(language);
                if (first == null) {
                    first = at;
                }
            }
        }
    }

    void report(Problems problems, Path file) {
        if (missing.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        missing.forEach((kindAndLanguage, count) -> {
            String kind = kindAndLanguage.substring(0, kindAndLanguage.indexOf(' '));
            String language = kindAndLanguage.substring(kind.length() + 1);
            parts.add(count + " " + kind + (count == 1 ? " lacks `" : "s lack `") + language + "` text");
        });
        problems.warning(first, String.join(", ", parts) + " (first here); those texts show in English under --lang "
                + String.join("/", languagesMissing));
    }
}
