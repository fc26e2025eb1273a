package kz.etalon.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.etalon.history.Author;
import kz.etalon.round.EnteredValue;
import kz.etalon.round.Quality;

/** Saves one value of a round in a loop, printing each save, until killed: the child process of the crash test. */
public final class RoundSavingLoop {

    private RoundSavingLoop() {
    }

    public static void main(String[] args) {
        Etalon app = new Etalon(new Workspace(Path.of(args[0]), Path.of(args[0])));
        Rounds rounds = app.rounds();
        Author author = Author.named("loop");
        for (int n = 0; ; n++) {
            String base = rounds.values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version();
            EnteredValue value = new EnteredValue("ctm.01", String.valueOf(n % 100), "source " + n,
                    Optional.of(Quality.MEASURED), ("comment of save " + n + "\n").repeat(200));
            rounds.save("kz-2020", "Aktau", List.of(new RoundEdits.Edit(value, base)), author);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
