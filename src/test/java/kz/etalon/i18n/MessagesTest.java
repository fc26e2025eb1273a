package kz.etalon.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void russianAndKazakhHaveEveryEnglishKeyAndNoOther() throws Exception {
        Properties english = load("messages.properties");
        for (String file : new String[]{"messages_ru.properties", "messages_kk.properties"}) {
            assertThat(load(file).stringPropertyNames()).as(file).isEqualTo(english.stringPropertyNames());
        }
    }

    @Test
    void numbersUseTheDecimalMarkOfTheLanguage() {
        assertThat(Messages.of("en").number(new BigDecimal("61.06"), 1)).isEqualTo("61.1");
        assertThat(Messages.of("ru").number(new BigDecimal("61.06"), 1)).isEqualTo("61,1");
        assertThat(Messages.of("kk").get("cards.rank", 2, 17)).isEqualTo("17 қаланың ішінде 2-орын");
        assertThat(Messages.of("en").get("report.howto", "25")).contains("group's correction factor");
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
