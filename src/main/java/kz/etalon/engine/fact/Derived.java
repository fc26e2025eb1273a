package kz.etalon.engine.fact;

/** A fact the rules derived; it names the rule that made it, for explanations and traces. */
public interface Derived {

    String rule();
}
