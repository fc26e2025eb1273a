package kz.etalon.report;

import kz.etalon.analysis.FitNote;
import kz.etalon.i18n.Messages;
import kz.etalon.standard.MissingPolicy;

/** A note on fitting data to a standard in words: {@code note.<kind>} in the bundle, with its particulars. */
public final class FitNoteText {

    private final Messages m;

    public FitNoteText(Messages messages) {
        this.m = messages;
    }

    /** In English, as the JSON outputs give it. */
    public static String english(FitNote note) {
        return new FitNoteText(Messages.of("en")).describe(note);
    }

    public String describe(FitNote note) {
        Object[] words = note.details().stream()
                .map(detail -> detail instanceof MissingPolicy policy ? policy.key() : String.valueOf(detail)).toArray();
        String text = m.get("note." + note.kind().key(), words);
        if (note.kind() == FitNote.Kind.VALUES_MISSING && !"0".equals(words[4])) {
            text = m.get("note.values_missing.others", text, words[4]);
        }
        return text + (note.kind() == FitNote.Kind.VALUES_MISSING ? m.get("note.values_missing.hint", words) : "");
    }
}
