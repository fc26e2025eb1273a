package kz.etalon.engine.fact;

/** The band that holds a subject's value and the points it gives; {@code line} is the band's YAML line (0: none). */
public record Banded(Subject kind, String subject, int points, int line) implements Derived {
}
