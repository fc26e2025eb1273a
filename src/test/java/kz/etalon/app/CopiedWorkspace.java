package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the project's standards, rules and data in a folder of its own, to change freely. */
public final class CopiedWorkspace {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private CopiedWorkspace() {
    }

    public static Path in(Path dir) {
        Path workspace = dir.resolve("workspace");
        for (String folder : List.of("standards", "rules", "data")) {
            copy(PROJECT.resolve(folder), workspace.resolve(folder));
        }
        return workspace;
    }

    public static Etalon app(Path workspace) {
        return new Etalon(new Workspace(workspace, Path.of("")));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
