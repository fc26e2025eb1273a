package kz.etalon.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.standard.edit.YamlEdits;

/** One form of the editor's panel (its {@code action} and fields) as an in-place edit of the standard's text. */
final class FormEdit {

    /** The indicator fields the forms may set, in the order they are applied. */
    static final List<String> INDICATOR_FIELDS = List.of("name.en", "name.ru", "name.kk", "method", "target", "better",
            "unit");

    private FormEdit() {
    }

    static String apply(String text, Map<String, List<String>> form) {
        String action = field(form, "action");
        return switch (action) {
            case "set-indicator" -> setIndicator(text, required(form, "indicator"), form);
            case "add-indicator" -> YamlEdits.addIndicator(text, required(form, "area"), newIndicator(form));
            case "remove-indicator" -> YamlEdits.removeIndicator(text, required(form, "indicator"));
            case "set-band" -> YamlEdits.setBand(text, points(required(form, "points")), required(form, "min"),
                    required(form, "max"));
            case "set-factor" -> YamlEdits.setFactor(text, required(form, "name"), required(form, "value"));
            default -> throw InputException.of(Location.of(null), "unknown edit \"" + action
                    + "\": use set-indicator, add-indicator, remove-indicator, set-band or set-factor");
        };
    }

    /** Every field filled in is set; a field left empty keeps its value. */
    private static String setIndicator(String text, String indicator, Map<String, List<String>> form) {
        String edited = text;
        for (String name : INDICATOR_FIELDS) {
            String value = field(form, name);
            if (!value.isBlank()) {
                edited = YamlEdits.setIndicator(edited, indicator, name, value.strip());
            }
        }
        return edited;
    }

    private static LinkedHashMap<String, String> newIndicator(Map<String, List<String>> form) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("id", required(form, "id"));
        for (String name : INDICATOR_FIELDS) {
            String value = field(form, name);
            if (!value.isBlank()) {
                fields.put(name, value.strip());
            }
        }
        return fields;
    }

    private static int points(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw InputException.of(Location.of(null), "points \"" + value + "\" is not a whole number: choose a band");
        }
    }

    private static String required(Map<String, List<String>> form, String name) {
        String value = field(form, name).strip();
        if (value.isEmpty()) {
            throw InputException.of(Location.of(null), "the field \"" + name + "\" is empty: fill it in");
        }
        return value;
    }

    private static String field(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
