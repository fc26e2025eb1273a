package kz.etalon.engine.fact;

/** Which way an indicator's value improves, for methods that compare it with a target. */
public enum Better {
    HIGHER, LOWER
}
