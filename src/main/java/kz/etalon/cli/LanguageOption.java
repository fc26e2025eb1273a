package kz.etalon.cli;

import picocli.CommandLine.Option;

/** {@code --lang en|ru|kk}: the language of what a command writes. */
final class LanguageOption {

    @Option(names = "--lang", defaultValue = "en", description = "Language of the output: en, ru or kk. Default: ${DEFAULT-VALUE}.")
    Language lang;

    String code() {
        return lang.name();
    }
}
