package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A copy of the project whose kz-2018 and kz-2019 standards and data name things in markup: a city, the
 * standards' titles, a group, an area and an indicator each hold a {@code <script>}, quotes and an ampersand.
 * Every page and report must show them as text.
 */
public final class HostileWorkspace {

    /** The city that replaces Almaty in both data sets. */
    public static final String CITY = "City <script>alert('city')</script> & \"C\"";
    /** Each hostile text holds exactly one of these; a page is safe if every one of them comes after an escaped tag. */
    public static final String ALERT = "alert(";
    public static final List<String> WHAT = List.of("city", "title", "group", "area", "indicator");

    private HostileWorkspace() {
    }

    public static Path in(Path dir) {
        Path workspace = CopiedWorkspace.in(dir);
        for (String year : List.of("2018", "2019")) {
            edit(workspace.resolve("standards/kz-" + year + ".yaml"), List.of(
                    "en: \"Reference standard of Smart cities of the Republic of Kazakhstan", "en: \"" + yaml("title") + " ",
                    "en: \"Priority areas of public life", "en: \"" + yaml("group") + " ",
                    "en: \"City management\"", "en: \"" + yaml("area") + "\""));
            edit(workspace.resolve("data/kz-" + year + "-cities.csv"), List.of(
                    "\nAlmaty,", "\n\"" + CITY.replace("\"", "\"\"") + "\","));
        }
        edit(workspace.resolve("standards/kz-2019.yaml"), List.of(
                "en: \"Share of public services provided electronically\"", "en: \"" + yaml("indicator") + "\""));
        return workspace;
    }

    /** The hostile text of {@code what} as a YAML double-quoted string holds it. */
    private static String yaml(String what) {
        return text(what).replace("\"", "\\\"");
    }

    public static String text(String what) {
        return what.equals("city") ? CITY : what + " <script>alert('" + what + "')</script> & \"Q\"";
    }

    /**
     * Where {@code html} shows a hostile text unescaped: every {@code alert(} must follow an escaped
     * {@code <script>} ({@code &lt;script&gt;} in text, {@code &lt;script>} in a quoted attribute, where a
     * {@code >} is only text), and no {@code </script>} of ours is followed by a bare {@code &}.
     */
    public static List<String> unescaped(String html) {
        List<String> found = new java.util.ArrayList<>();
        int at = html.indexOf(ALERT);
        while (at >= 0) {
            if (!html.startsWith("&lt;script&gt;", at - "&lt;script&gt;".length())
                    && !html.startsWith("&lt;script>", at - "&lt;script>".length())) {
                found.add(html.substring(Math.max(0, at - 60), Math.min(html.length(), at + 60)));
            }
            at = html.indexOf(ALERT, at + 1);
        }
        Pattern.compile("</script> &[^a#]|&lt;/script(&gt;|>) &[^a#]").matcher(html).results()
                .forEach(match -> found.add(match.group()));
        return found;
    }

    private static void edit(Path file, List<String> replacements) {
        try {
            String text = Files.readString(file);
            for (int i = 0; i < replacements.size(); i += 2) {
                if (!text.contains(replacements.get(i))) {
                    throw new IllegalStateException(file + " has no " + replacements.get(i));
                }
                text = text.replace(replacements.get(i), replacements.get(i + 1));
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
