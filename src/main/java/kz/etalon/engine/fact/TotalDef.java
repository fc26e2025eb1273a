package kz.etalon.engine.fact;

import kz.etalon.standard.Total;

/** The standard has a total over {@code parts} nodes, scaled as {@code scale} says. */
public record TotalDef(int parts, Total.Scale scale) {
}
