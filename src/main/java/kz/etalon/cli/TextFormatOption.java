package kz.etalon.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the commands that print a text for people or JSON for programs. */
final class TextFormatOption {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
