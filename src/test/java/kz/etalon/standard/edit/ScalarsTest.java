package kz.etalon.standard.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;

class ScalarsTest {

    private static final List<String> TRICKY = List.of("yes", "No", "true", "FALSE", "on", "off", "y", "n", "null", "~",
            "1000", "12.5", "-3", "+1", ".5", "1e3", "0x1F", "0o17", "1_000", "12:30", ".inf", "-.inf", ".NaN",
            " leading", "trailing ", "a: b", "a #b", "#x", "- x", "-x", "? x", "[a]", "{a}", "a, b", "&anchor", "*alias",
            "!tag", "|", ">", "%", "@x", "`x`", "'quoted'", "\"quoted\"", "it's", "say \"hi\"", "two\nlines", "tab\there",
            "back\\slash", "", " ", "=", "<<", "Ұлттық «стандарт»", "per 1,000 residents", "😀 emoji");

    @Test
    void everyTextReadsBackAsTheSameTextInBlockAndFlowContext() {
        Load load = new Load(LoadSettings.builder().build());
        for (String value : TRICKY) {
            for (ScalarStyle style : new ScalarStyle[] {null, ScalarStyle.PLAIN, ScalarStyle.SINGLE_QUOTED,
                    ScalarStyle.DOUBLE_QUOTED}) {
                String scalar = Scalars.text(value, style);
                assertThat(((Map<?, ?>) load.loadFromString("k: " + scalar + "\n")).get("k"))
                        .as("block %s as %s", value, scalar).isEqualTo(value);
                assertThat(((Map<?, ?>) ((Map<?, ?>) load.loadFromString("m: {k: " + scalar + ", z: 1}\n")).get("m")).get("k"))
                        .as("flow %s as %s", value, scalar).isEqualTo(value);
            }
        }
    }

    @Test
    void plainTextStaysPlainAndMisreadableTextIsDoubleQuoted() {
        assertThat(Scalars.text("share", null)).isEqualTo("share");
        assertThat(Scalars.text("Управление городом", null)).isEqualTo("Управление городом");
        assertThat(Scalars.text("3 days", null)).isEqualTo("3 days");
        assertThat(Scalars.text("yes", null)).isEqualTo("\"yes\"");
        assertThat(Scalars.text("1000", ScalarStyle.PLAIN)).isEqualTo("\"1000\"");
        assertThat(Scalars.text("two\nlines", ScalarStyle.SINGLE_QUOTED)).isEqualTo("\"two\\nlines\"");
        assertThat(Scalars.text("it's", ScalarStyle.SINGLE_QUOTED)).isEqualTo("'it''s'");
    }

    @Test
    void numbersAreWrittenPlainAndAnythingElseIsRefused() {
        assertThat(Scalars.number("target", " 12.5 ", null)).isEqualTo("12.5");
        assertThat(Scalars.number("min", "-1", null)).isEqualTo("-1");
        for (String bad : new String[] {"", "1,5", "1e3", "12.", "abc", "0x10", null}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scalars.number("target", bad, null))
                    .as(String.valueOf(bad)).isInstanceOf(kz.etalon.problem.InputException.class)
                    .hasMessageContaining("`target` should be a number");
        }
    }
}
