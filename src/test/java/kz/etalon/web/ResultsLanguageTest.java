package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Russian or Kazakh reader sees on the results pages holds no English word: every word of the
 * English bundle (the page's labels and the report's) is looked for in the text of each page, leaving
 * out ids, file names, city names and the names of formats.
 */
class ResultsLanguageTest {

    private static final Set<String> PROPER_NAMES = Set.of("etalon", "yaml", "html", "json", "csv", "excel", "xlsx", "k",
            "x", "it", "gps", "qr", "bim", "lte", "gis", "scada", "sms", "wi", "fi", "ict");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern ID_OR_PATH = Pattern.compile(
            "([\\w.-]*(?:/[\\w.-]+)+\\.[a-z]+(:\\d+)?\\b|[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)+)");

    @TempDir
    static Path dir;
    static WebRun web;
    static Set<String> english = new HashSet<>();
    static Set<String> allowed = new HashSet<>(PROPER_NAMES);

    @BeforeAll
    static void serve() throws IOException {
        web = WebRun.local(dir);
        Properties bundle = new Properties();
        try (InputStream in = ResultsLanguageTest.class.getResourceAsStream("/kz/etalon/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        bundle.values().forEach(text -> english.addAll(words(String.valueOf(text))));
        Standard standard = new Etalon(new Workspace(web.workspace(), Path.of(""))).standard("kz-2019").standard();
        standard.groups().forEach(group -> allowed.add(group.id()));
        standard.areas().forEach(area -> allowed.add(area.id()));
        for (String data : List.of("data/kz-2019-cities.csv", "data/u4ssc-example-cities.csv")) {
            Files.readAllLines(web.workspace().resolve(data)).stream().skip(1)
                    .forEach(line -> allowed.addAll(words(line.split(",")[0])));
        }
        allowed.add("english");   // the language's own name, in the list of languages
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theRankingTheCityCardItsExplanationAndAnUnknownCityAreInTheReadersLanguage(String language) {
        WebRun.Client client = web.client();
        client.get("/language/" + language + "?back=/");
        for (String path : List.of("/results", "/results/city?standard=kz-2019&city=Almaty",
                "/results/city?standard=kz-2019&city=Astana", "/results/areas?standard=kz-2019&data=kz-2019-cities.csv")) {
            String page = client.get(path).body();
            assertThat(page).contains("<html lang=\"" + language + "\">");
            assertThat(englishWords(text(page))).as("English words on %s in %s", path, language).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void everyOtherPageIsInTheReadersLanguageToo(String language) {
        // the standard's page and its editor show the standard's own texts in every language, which are data
        WebRun.Client client = web.client();
        client.get("/language/" + language + "?back=/");
        List<String> found = new java.util.ArrayList<>();
        for (String path : List.of("/", "/compare?before=kz-2018&after=kz-2019",
                "/whatif?standard=kz-2019&city=Aktau&goal=rank:5", "/sensitivity", "/data", "/rounds",
                "/standards/kz-2026/history", "/review", "/no/such/page")) {
            String page = client.get(path).body();
            assertThat(page).contains("<html lang=\"" + language + "\">");
            englishWords(text(page)).forEach(word -> found.add(path + ": " + word));
        }
        assertThat(found).as("English words in %s", language).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsTheEnglishOfTheEnglishPages() {
        assertThat(englishWords(text(web.client().get("/results/city?standard=kz-2019&city=Almaty").body())))
                .anyMatch(found -> found.startsWith("strongest "))
                .anyMatch(found -> found.startsWith("rule "));
    }

    /** The text a reader sees in the page's own part: no markup, styles, the header with its language names. */
    private static String text(String page) {
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        return main.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<code>.*?</code>", " ")
                .replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static Set<String> englishWords(String text) {
        Set<String> found = new TreeSet<>();
        for (String line : text.split("\n")) {
            String prose = ID_OR_PATH.matcher(line.replaceAll("`[^`]*`", " ")).replaceAll(" ");
            for (String word : words(prose)) {
                if (word.length() > 1 && english.contains(word) && !allowed.contains(word)) {
                    found.add(word + "  in: " + line.strip());
                }
            }
        }
        return found;
    }

    private static List<String> words(String text) {
        Matcher matcher = LATIN_WORD.matcher(text);
        List<String> words = new java.util.ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
