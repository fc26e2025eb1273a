package kz.etalon.standard;

import kz.etalon.problem.Location;

/** A folder of DRL files under the project's {@code rules/}, as a standard's {@code rules:} names it. */
public record RuleFolder(String name, Location at) {
}
