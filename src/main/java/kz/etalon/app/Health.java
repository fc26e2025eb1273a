package kz.etalon.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kz.etalon.history.RepositoryCheck;

/**
 * Whether a workspace can serve: its folder (standards readable, {@code .etalon/} writable), its rule base
 * (the trusted rules root holds readable DRL) and its history (the newest commit reads). Each failing part
 * is named with the reason, which goes to the log only: an answer to anyone shows the part's name.
 */
public record Health(String version, Map<String, String> failing) {

    public static final String WORKSPACE = "workspace";
    public static final String RULES = "rules";
    public static final String REPOSITORY = "repository";

    public boolean usable() {
        return failing.isEmpty();
    }

    public static Health of(Workspace workspace) {
        Map<String, String> failing = new LinkedHashMap<>();
        workspaceProblem(workspace.home()).ifPresent(reason -> failing.put(WORKSPACE, reason));
        rulesProblem(workspace.rulesFolder()).ifPresent(reason -> failing.put(RULES, reason));
        RepositoryCheck.problem(workspace.home()).ifPresent(reason -> failing.put(REPOSITORY, reason));
        return new Health(Release.version(), Map.copyOf(failing));
    }

    /** The failing parts in a fixed order. */
    public List<String> failingParts() {
        List<String> parts = new ArrayList<>();
        for (String part : List.of(WORKSPACE, RULES, REPOSITORY)) {
            if (failing.containsKey(part)) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static Optional<String> workspaceProblem(Path home) {
        Path standards = home.resolve("standards");
        if (!Files.isDirectory(standards) || !Files.isReadable(standards)) {
            return Optional.of(standards + " is not a readable folder");
        }
        Path own = home.resolve(".etalon");
        Path writable = Files.isDirectory(own) ? own : home;
        if (!Files.isWritable(writable)) {
            return Optional.of(writable + " cannot be written");
        }
        return Optional.empty();
    }

    private static Optional<String> rulesProblem(Path rules) {
        if (!Files.isDirectory(rules) || !Files.isReadable(rules)) {
            return Optional.of("the rules root " + rules + " is not a readable folder");
        }
        try (Stream<Path> files = Files.walk(rules)) {
            boolean any = files.anyMatch(file -> file.toString().endsWith(".drl") && Files.isReadable(file));
            return any ? Optional.empty() : Optional.of("the rules root " + rules + " holds no readable .drl file");
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.of("the rules root " + rules + " cannot be read: " + e.getMessage());
        }
    }
}
