package kz.etalon.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.etalon.account.Right;

/**
 * What every template knows of its page: the reader's words, who they are, the page's own address (for
 * the language links), whether visitors log in on this server, and how many drafts wait for review.
 */
public record Page(Words t, Visitor visitor, String path, String query, boolean accounts,
                   java.util.function.IntSupplier waitingForReview) {

    /** How many drafts wait for review; counted only when a page asks (its navigation, for those who approve). */
    public int reviewWaiting() {
        return waitingForReview.getAsInt();
    }


    public String csrf() {
        return visitor.csrf() == null ? "" : visitor.csrf();
    }

    public String language() {
        return t.language();
    }

    /** The link that switches to {@code language} and comes back to this page. */
    public String languageLink(String language) {
        String here = query == null || query.isEmpty() ? path : path + "?" + query;
        return "/language/" + language + "?back=" + encode(here);
    }

    public boolean may(String right) {
        return visitor.may(Right.valueOf(right));
    }

    /** Whether {@code section} (a path prefix) is the part of the workspace this page belongs to. */
    public boolean in(String section) {
        return section.equals("/") ? path.equals("/") : path.startsWith(section);
    }

    /** A path with query parameters, each encoded: {@code link("/results", "standard", "kz-2019")}. */
    public static String link(String path, String... namesAndValues) {
        StringBuilder link = new StringBuilder(path);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                continue;
            }
            link.append(link.indexOf("?") < 0 ? '?' : '&').append(encode(namesAndValues[i])).append('=')
                    .append(encode(namesAndValues[i + 1]));
        }
        return link.toString();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
