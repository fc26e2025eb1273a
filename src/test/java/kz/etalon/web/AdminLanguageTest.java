package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The users page, the audit log and the password form hold no English word for a Russian or Kazakh reader,
 * also with entries of every sort in the log and a refusal on the page: every word of the English bundle is
 * looked for, leaving out the users' names, their city and the name of the time zone.
 */
class AdminLanguageTest {

    private static final Set<String> ALLOWED = Set.of("ministry", "vera", "dana", "aktau", "utc", "etalon");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    @RegisterExtension
    final UsersWeb site = new UsersWeb(Map.of("ministry", Role.ADMIN, "vera", Role.VIEWER));

    private static Set<String> english() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = AdminLanguageTest.class.getResourceAsStream("/kz/etalon/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> words = new HashSet<>();
        bundle.values().forEach(text -> words.addAll(words(String.valueOf(text))));
        return words;
    }

    /** Entries of many kinds: users added and changed, a failed log-in, a refused change of password. */
    private WebRun.Client anAdministratorAtWork(String language) {
        WebRun.Client admin = site.run().loggedIn("ministry");
        admin.get("/language/" + language + "?back=/");
        admin.get("/admin/users");
        admin.post("/admin/users", Map.of("name", "dana", "role", "analyst", "city", "Aktau", "password", "first-secret-of-dana"));
        admin.post("/admin/users/dana/role", Map.of("role", "editor"));
        admin.post("/admin/users/dana/city", Map.of("city", ""));
        admin.post("/admin/users/dana/disable", Map.of());
        admin.post("/admin/users/dana/enable", Map.of());
        admin.post("/admin/users/dana/password", Map.of("password", "second-secret-of-dana"));
        site.run().client().logIn("vera", "not-her-password");
        site.run().client().logIn("dana", "second-secret-of-dana");
        return admin;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theUsersPageTheAuditLogAndThePasswordFormAreInTheReadersLanguage(String language) throws IOException {
        WebRun.Client admin = anAdministratorAtWork(language);
        WebRun.Response refused = admin.post("/admin/users", Map.of("name", "vera", "role", "viewer", "password", "x"));
        assertThat(refused.status()).isEqualTo(409);
        Set<String> english = english();
        List<String> pages = List.of(refused.body(), admin.get("/admin/users").body(), admin.get("/admin/audit").body(),
                admin.get("/admin/audit?from=yesterday").body(), admin.get("/account/password").body(),
                admin.post("/account/password", Map.of("current", "wrong-password-here", "password", "long-enough-1",
                        "again", "long-enough-1")).body());
        for (String page : pages) {
            assertThat(page).contains("<html lang=\"" + language + "\">");
            assertThat(englishWords(text(page), english)).as("English words in %s", language).isEmpty();
        }
        assertThat(admin.get("/admin/audit").body()).contains("dana");
    }

    @Test
    void theCheckFindsTheEnglishOfTheEnglishPages() throws IOException {
        WebRun.Client admin = anAdministratorAtWork("en");
        assertThat(englishWords(text(admin.get("/admin/audit").body()), english()))
                .anyMatch(found -> found.startsWith("added "));
    }

    private static String text(String page) {
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        return main.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]*>", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static Set<String> englishWords(String text, Set<String> english) {
        Set<String> found = new TreeSet<>();
        for (String line : text.split("\n")) {
            for (String word : words(line)) {
                if (word.length() > 1 && english.contains(word) && !ALLOWED.contains(word)) {
                    found.add(word + "  in: " + line.strip());
                }
            }
        }
        return found;
    }

    private static List<String> words(String text) {
        Matcher matcher = LATIN_WORD.matcher(text);
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
