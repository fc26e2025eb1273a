package kz.etalon.cli;

import java.io.PrintWriter;
import java.util.List;
import kz.etalon.analysis.FitNote;
import kz.etalon.i18n.Messages;
import kz.etalon.report.FitNoteText;

/** Notes on how data was chosen or fitted, one {@code note:} line each on stderr, in the output's language. */
final class NoteLines {

    private NoteLines() {
    }

    static void print(PrintWriter err, List<FitNote> notes, String language) {
        FitNoteText text = new FitNoteText(Messages.of(language));
        notes.forEach(note -> err.println("note: " + Terminal.printable(text.describe(note))));
    }
}
