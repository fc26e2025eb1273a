package kz.etalon.standard;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a standard's id may be: it names the file {@code standards/<id>.yaml}, it is how a command or a page
 * names the standard (not a path), and once published it is the name of a Git tag. So: letters, digits
 * and {@code . _ -}, starting with a letter or digit, with no {@code ..}, not ending in {@code .} or
 * {@code .lock} (which Git refuses in a tag's name), nor in {@code .yaml} or {@code .yml} (which would
 * read as a file's path).
 */
public final class StandardId {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private StandardId() {
    }

    /** Why {@code id} cannot be a standard's id, or empty when it can. */
    public static Optional<String> problem(String id) {
        if (id == null || !FORM.matcher(id).matches()) {
            return Optional.of("may hold only letters, digits and . _ - and must start with a letter or digit"
                    + " (no spaces, commas or slashes)");
        }
        if (id.contains("..") || id.endsWith(".") || id.endsWith(".lock")) {
            return Optional.of("cannot be the name of a published version (a Git tag): no `..`, and no `.` or"
                    + " `.lock` at the end");
        }
        if (id.endsWith(".yaml") || id.endsWith(".yml")) {
            return Optional.of("would read as the path of a file; leave `.yaml` off");
        }
        return Optional.empty();
    }
}
