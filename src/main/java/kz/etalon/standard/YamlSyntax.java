package kz.etalon.standard;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.etalon.problem.Location;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A YAML syntax error as an analyst reads it, at the line of its cause: the parser notices an unclosed
 * {@code {} only on the next line, and calls a key indented too deep a "mapping value not allowed". The
 * parser's own words follow on a second line, for whoever knows them.
 */
final class YamlSyntax {

    /** Where the mistake is, and what to say about it. */
    record Said(Location at, String message) {
    }

    private YamlSyntax() {
    }

    static Said describe(Path file, String text, MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String parser = (context.isEmpty() ? problem : problem + " (" + context + ")").replaceAll("\\s+", " ").trim();
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        List<String> lines = text.lines().toList();
        Optional<Said> plain = plainWords(file, lines, problem, context, problemMark, contextMark);
        Said said = plain.orElse(new Said(YamlSource.at(file, problemMark.or(() -> contextMark)), parser));
        String message = plain.isPresent() ? said.message() + "\n  (the YAML parser says: " + parser + ")" : parser;
        return new Said(said.at(), "YAML syntax: " + message);
    }

    private static Optional<Said> plainWords(Path file, List<String> lines, String problem, String context,
                                             Optional<Mark> problemMark, Optional<Mark> contextMark) {
        int found = problemMark.map(mark -> mark.getLine() + 1).orElse(0);
        if (contextMark.isPresent() && problem.startsWith("expected ',' or '")
                && (context.contains("flow mapping") || context.contains("flow sequence"))) {
            String open = context.contains("mapping") ? "{" : "[";
            String close = context.contains("mapping") ? "}" : "]";
            return Optional.of(new Said(YamlSource.at(file, contextMark), "the `" + open + "` opened here is not closed"
                    + " before line " + found + "; end it with `" + close + "` (or put a comma between its items)"));
        }
        if (contextMark.isPresent() && context.contains("quoted scalar")) {
            return Optional.of(new Said(YamlSource.at(file, contextMark), "the quote opened here is never closed; close it"
                    + " at the end of the text (a quote inside the text is written twice in '...', or as \\\" in \"...\")"));
        }
        if (problem.contains("(TAB)") && found > 0) {
            return Optional.of(new Said(new Location(file, found, 1), "this line is indented with a tab; YAML indents"
                    + " with spaces only: replace the tab by spaces, lined up with the keys above"));
        }
        if (problem.startsWith("mapping values are not allowed here") && found > 0 && found <= lines.size()) {
            return misplacedColon(file, lines, found, problemMark.get().getColumn());
        }
        if (problem.startsWith("expected <block end>, but found") && found > 0 && found <= lines.size()) {
            String line = lines.get(found - 1);
            return Optional.of(new Said(new Location(file, found, indent(line) + 1), "`" + key(line) + ":` is indented"
                    + " less than the keys above it (but more than the key they belong to); line it up with them"));
        }
        return Optional.empty();
    }

    /** A colon the parser did not expect: a key indented too deep, a second colon in a value, or a key above without one. */
    private static Optional<Said> misplacedColon(Path file, List<String> lines, int found, int column) {
        String line = lines.get(found - 1);
        int above = found - 1;
        while (above > 0 && (lines.get(above - 1).isBlank() || lines.get(above - 1).strip().startsWith("#"))) {
            above--;
        }
        int first = line.indexOf(':');
        int atMark = line.indexOf(':', Math.max(0, column - 1));
        if (first >= 0 && atMark > first) {
            return Optional.of(new Said(new Location(file, found, atMark + 1), "a second `:` in the value of `"
                    + key(line) + "`; put the value in quotes: `" + key(line) + ": \"" + line.substring(first + 1).strip()
                    + "\"`"));
        }
        if (above > 0 && !lines.get(above - 1).contains(":")) {
            String before = lines.get(above - 1);
            return Optional.of(new Said(new Location(file, above, indent(before) + 1), "`" + before.strip()
                    + "` has no `:` after its key; write `key: value`"));
        }
        if (above > 0 && indent(line) > indent(lines.get(above - 1))) {
            return Optional.of(new Said(new Location(file, found, indent(line) + 1), "`" + key(line) + ":` is indented"
                    + " deeper than the keys above it; line it up with them"));
        }
        return Optional.empty();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static String key(String line) {
        String body = line.strip().replaceFirst("^-\\s*", "");
        int colon = body.indexOf(':');
        return colon < 0 ? body : body.substring(0, colon);
    }
}
