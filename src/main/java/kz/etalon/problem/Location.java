package kz.etalon.problem;

import java.nio.file.Path;

/** A place in an input file, 1-based; line or column 0 means "unknown". */
public record Location(Path file, int line, int column) {

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    public Location atLine(int newLine) {
        return new Location(file, newLine, 0);
    }

    /** {@code file:line:col}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file == null ? "<input>" : file.toString());
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
