package kz.etalon.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a page may send its reader after a step ({@code back=} of the language switch, {@code next=} of the
 * log-in): only a path of this site. The text is parsed as a URI and refused, for the home page, when it has
 * a scheme or a host, does not start with one {@code /}, or holds a backslash, a space, a control character
 * or a line separator anywhere (browsers drop some of them, so {@code /\t/host} would lead to {@code //host}).
 */
final class LocalPath {

    static final String HOME = "/";

    private LocalPath() {
    }

    static String of(String wanted) {
        if (wanted == null || wanted.isEmpty() || wanted.charAt(0) != '/' || wanted.startsWith("//")) {
            return HOME;
        }
        for (int i = 0; i < wanted.length(); i++) {
            char c = wanted.charAt(i);
            if (c <= ' ' || c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    || Character.getType(c) == Character.FORMAT) {
                return HOME;
            }
        }
        try {
            URI uri = new URI(wanted);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return HOME;
            }
        } catch (URISyntaxException e) {
            return HOME;
        }
        return wanted;
    }
}
