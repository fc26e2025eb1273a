package kz.etalon.engine;

import java.util.List;
import java.util.Set;
import kz.etalon.city.ValueKind;

/**
 * A scoring method as the loaded rules declare it: the value it reads, the keys it needs, its rules, and
 * whether it gives the indicator's points itself ({@code @gives("points")}).
 */
public record MethodSpec(String name, ValueKind input, Set<String> requires, List<String> rules, boolean givesPoints) {
}
