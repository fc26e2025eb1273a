package kz.etalon.engine.fact;

/** Every item of a node is in: its aggregation may be taken. */
public record NodeReady(String nodeKey) implements Derived {
}
