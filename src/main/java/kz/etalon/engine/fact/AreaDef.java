package kz.etalon.engine.fact;

/** An area of the standard and the group it belongs to. */
public record AreaDef(String id, String groupId) {
}
