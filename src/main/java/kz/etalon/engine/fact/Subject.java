package kz.etalon.engine.fact;

/** What a band table bands: an indicator's percent or a node's value. */
public enum Subject {
    INDICATOR, NODE
}
