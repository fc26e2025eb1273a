package kz.etalon.standard;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The kinds of value an indicator's `input:` may declare, as the YAML writes them. */
enum InputKind {
    SHARE, YES_NO, NUMBER, POINTS;

    /** The words a standard may write: share, yes_no, number, points. */
    static List<String> words() {
        return Stream.of(values()).map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList();
    }
}
