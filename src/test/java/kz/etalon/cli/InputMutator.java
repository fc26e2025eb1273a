package kz.etalon.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of a text file as people and spreadsheets break them: bytes flipped, inserted, deleted;
 * lines dropped, doubled, swapped, re-indented; numbers and names replaced; YAML and CSV syntax
 * injected; other encodings, BOMs, line ends; a file cut short. Deterministic for a given Random.
 */
final class InputMutator {

    private static final List<String> HOSTILE = List.of("&a ", "*a", "!!java.lang.Runtime ", "!!javax.script.ScriptEngineManager [] ",
            "<<: *a\n", "? ", "---\n", "...\n", "\t", "\uFEFF", "\u0000", "1e999999999", "-1", ".nan", ".inf", "0x1F", "NaN",
            "'", "\"", "{", "[", "]", "}", ": ", "- ", "|\n", ">-\n", "%YAML 1.1\n", "\\", "\u00A0", "Ё", "%", "12%%",
            "maybe", ";", ",", "\r\n", "\u2028", "#", "~", "null", "yes", "да", "-", "  ", "\n  - ", "{a: 1}", "[[[[[[[[", "@",
            "`", "!", "&", "*", "\r");
    private static final List<String> NUMBERS = List.of("0", "-0", "-1", "100.5", "20.5", "1e5", "1e999999999", "-1e999999999",
            "99999999999999999999", "0.0000001", "", "abc", "1,5", "1 000", "79,85", "101", "2147483648", "0.5", "1e-400",
            "+5", ".5", "5.", "0001", "1_000", "0o17", "0x1F", "1.0", "100", "50%");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?(?![\\w.])");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.-]*");
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private final Random random;
    private final List<String> names;

    InputMutator(Random random) {
        this.random = random;
        this.names = new ArrayList<>();
    }

    /** The file with 1 to 3 mutations; {@code other} is a second file to splice lines from. */
    byte[] mutate(byte[] original, byte[] other) {
        byte[] bytes = original;
        applied.clear();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            bytes = once(bytes, other);
            applied.add(last);
        }
        return bytes;
    }

    private final List<String> applied = new ArrayList<>();
    private String last = "";

    /** The mutations the last call applied, in order. */
    List<String> applied() {
        return List.copyOf(applied);
    }

    private byte[] once(byte[] bytes, byte[] other) {
        int kind = random.nextInt(16);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        switch (kind) {
            case 0 -> {
                last = "flip byte";
                if (bytes.length == 0) {
                    return bytes;
                }
                byte[] copy = bytes.clone();
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                return copy;
            }
            case 1, 2 -> {
                last = "insert token";
                int at = random.nextInt(text.length() + 1);
                return utf8(text.substring(0, at) + pick(HOSTILE) + text.substring(at));
            }
            case 3 -> {
                last = "delete bytes";
                if (bytes.length == 0) {
                    return bytes;
                }
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(20));
                byte[] copy = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, copy, 0, from);
                System.arraycopy(bytes, to, copy, from, bytes.length - to);
                return copy;
            }
            case 4 -> {
                last = "delete line";
                lines.remove(random.nextInt(lines.size()));
            }
            case 5 -> {
                last = "duplicate line";
                int at = random.nextInt(lines.size());
                lines.add(random.nextInt(lines.size() + 1), lines.get(at));
            }
            case 6 -> {
                last = "swap lines";
                java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
            }
            case 7 -> {
                last = "re-indent line";
                int at = random.nextInt(lines.size());
                String line = lines.get(at);
                lines.set(at, random.nextBoolean() ? " ".repeat(1 + random.nextInt(2)) + line
                        : line.replaceFirst("^ {1,2}", ""));
            }
            case 8, 9 -> {
                last = "replace number";
                return utf8(replaceOne(text, NUMBER, match -> pick(NUMBERS)));
            }
            case 10 -> {
                last = "replace name";
                collectNames(text);
                return utf8(replaceOne(text, NAME, match -> random.nextBoolean() && !names.isEmpty() ? pick(names)
                        : typo(match)));
            }
            case 11 -> {
                last = "csv cell";
                int at = random.nextInt(lines.size());
                String line = lines.get(at);
                lines.set(at, switch (random.nextInt(5)) {
                    case 0 -> line.replace(',', ';');
                    case 1 -> line.replace('.', ',');
                    case 2 -> line.replaceFirst(",([^,]*)$", ",\"$1");
                    case 3 -> line.replaceFirst(",[^,]*$", "");
                    default -> line + "," + pick(NUMBERS);
                });
            }
            case 12 -> {
                last = "encoding";
                return switch (random.nextInt(5)) {
                    case 0 -> text.getBytes(CP1251);
                    case 1 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
                    case 2 -> text.getBytes(StandardCharsets.ISO_8859_1);
                    case 3 -> utf8("\uFEFF" + text);
                    default -> utf8(text.replace("\n", "\r\n"));
                };
            }
            case 13 -> {
                last = "splice";
                String[] donor = new String(other, StandardCharsets.UTF_8).split("\n");
                lines.add(random.nextInt(lines.size() + 1), donor[random.nextInt(donor.length)]);
            }
            case 14 -> {
                last = "truncate";
                return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            default -> {
                last = "blank value";
                int at = random.nextInt(lines.size());
                lines.set(at, lines.get(at).replaceFirst("(:\\s*|,)[^,:]*$", "$1"));
            }
        }
        return utf8(String.join("\n", lines));
    }

    private void collectNames(String text) {
        if (names.isEmpty()) {
            Matcher matcher = NAME.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
            while (matcher.find() && names.size() < 500) {
                names.add(matcher.group());
            }
        }
    }

    private String typo(String name) {
        if (name.length() < 2) {
            return name + "x";
        }
        int at = random.nextInt(name.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            default -> name.substring(0, at) + name.charAt(at) + name.substring(at);
        };
    }

    private String replaceOne(String text, Pattern pattern, java.util.function.Function<String, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement.apply(text.substring(span[0], span[1])) + text.substring(span[1]);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
