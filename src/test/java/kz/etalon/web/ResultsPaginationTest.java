package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A long ranking comes a hundred cities to a page, so that its page stays the size of a small one. */
class ResultsPaginationTest {

    private static final Pattern RANKING_ROW = Pattern.compile("<tr data-city=\"([^\"]+)\">\\s*<td class=\"num\">(\\d+)</td>");

    @RegisterExtension
    static final LocalWeb web = new LocalWeb();

    @Test
    void twoHundredAndFiftyCitiesAreRankedAHundredToAPage_eachPageLinkingToTheOthers() throws IOException {
        Path uploads = Files.createDirectories(web.workspace().resolve("data/uploads"));
        Files.write(uploads.resolve("many.csv"), manyCities(web.workspace().resolve("data/kz-2019-cities.csv"), 250));

        WebRun.Response first = web.client().get("/results?standard=kz-2019&data=uploads/many.csv");
        WebRun.Response last = web.client().get("/results?standard=kz-2019&data=uploads/many.csv&page=3");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(ranks(first.body())).hasSize(100);
        assertThat(first.body()).contains("id=\"ranking-pages\"", "of 250 cities", "page=2\">2</a>", "page=3\">3</a>",
                "<strong aria-current=\"page\">1</strong>");
        assertThat(ranks(last.body())).hasSize(50);
        assertThat(last.body()).contains("of 250 cities", "<strong aria-current=\"page\">3</strong>");
        assertThat(web.client().get("/results?standard=kz-2019&data=uploads/many.csv&page=4").status()).isEqualTo(404);
        assertThat(web.client().get("/results?standard=kz-2019").body()).doesNotContain("id=\"ranking-pages\"");
    }

    private static List<Integer> ranks(String page) {
        Matcher row = RANKING_ROW.matcher(page);
        List<Integer> ranks = new java.util.ArrayList<>();
        while (row.find()) {
            ranks.add(Integer.parseInt(row.group(2)));
        }
        return ranks;
    }

    /** The bundled cities' values again and again under new names, until there are {@code count} cities. */
    private static byte[] manyCities(Path bundled, int count) throws IOException {
        List<String> lines = Files.readAllLines(bundled);
        List<String> cities = lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).distinct().toList();
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int copy = 0; copy * cities.size() < count; copy++) {
            for (String line : lines.subList(1, lines.size())) {
                String city = line.substring(0, line.indexOf(','));
                int number = copy * cities.size() + cities.indexOf(city);
                if (number < count) {
                    csv.append("Town ").append(number + 1).append(line.substring(line.indexOf(','))).append('\n');
                }
            }
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
