package kz.etalon.standard;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a YAML file into a node tree that keeps line and column of every value. Only the composer
 * runs: no object is ever constructed from a tag, and aliases and size are limited.
 */
final class YamlSource {

    static final long MAX_BYTES = 4L * 1024 * 1024;
    static final int MAX_ALIASES = 50;

    private YamlSource() {
    }

    /** The root node, or empty after reporting why the file could not be read. */
    static Optional<Node> read(Path file, Problems problems) {
        Location whole = Location.of(file);
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(whole, "file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB; a standard is a few hundred kilobytes at most");
                return Optional.empty();
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            problems.error(whole, "no such file");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.error(whole, "not UTF-8 text; save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(whole, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit((int) MAX_BYTES)
                .build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.error(whole, "the file is empty; a standard starts with `schema: etalon/v1`");
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            problems.error(at(file, e.getProblemMark().or(e::getContextMark)), "YAML syntax: " + describe(e));
        } catch (YamlEngineException e) {
            problems.error(whole, "YAML: " + e.getMessage());
        } catch (StackOverflowError e) {
            problems.error(whole, "YAML nested too deeply");
        }
        return Optional.empty();
    }

    static Location at(Path file, Optional<Mark> mark) {
        return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.of(file));
    }

    static Location at(Path file, Node node) {
        return at(file, node.getStartMark());
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = context.isEmpty() ? problem : problem + " (" + context + ")";
        return text.replaceAll("\\s+", " ").trim();
    }
}
