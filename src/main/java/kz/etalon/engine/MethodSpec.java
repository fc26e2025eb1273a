package kz.etalon.engine;

import java.util.List;
import java.util.Set;
import kz.etalon.city.ValueKind;

/** A scoring method as the loaded rules declare it: the value it reads, the keys it needs, its rules. */
public record MethodSpec(String name, ValueKind input, Set<String> requires, List<String> rules) {
}
