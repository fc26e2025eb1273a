package kz.etalon.history;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Saves and commits one file in a loop until killed, saying after each save that it is done: the child process of the crash test. */
public final class SavingLoop {

    private SavingLoop() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            System.out.println("open");
            System.out.flush();
            for (int n = 0; ; n++) {
                AtomicFile.write(home.resolve("standards/x.yaml"), CrashTest.version(n).getBytes(StandardCharsets.UTF_8));
                repository.commit(Author.named("loop"), WorkspaceRepositoryTest.saved("save " + n), List.of("standards/x.yaml"));
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
