package kz.etalon.engine.fact;

/** An area and how many indicators it has, so that its average waits for all of them. */
public record AreaDef(String id, String groupId, int indicatorCount) {
}
