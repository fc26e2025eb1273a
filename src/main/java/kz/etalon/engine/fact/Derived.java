package kz.etalon.engine.fact;

/**
 * A fact the rules derive. Which rule derived it is recorded by the engine as it is inserted (for
 * explanations and traces), so no rule names itself.
 */
public interface Derived {
}
