package org.eczemarx.prefetch;

import java.util.HashMap;
import java.util.Map;

import org.eczemarx.approval.Approval;
import org.eczemarx.approval.Condition;
import org.eczemarx.drug.Brand;
import org.eczemarx.drug.Drug;
import org.eczemarx.drug.Route;
import org.eczemarx.drugclass.DrugClass;
import org.eczemarx.monitoring.LabTest;
import org.eczemarx.monitoring.MonitoringPhase;
import org.eczemarx.monitoring.MonitoringRequirement;
import org.eczemarx.safety.AdverseEffect;
import org.eczemarx.safety.BoxedWarning;
import org.eczemarx.source.FactSql;
import org.eczemarx.target.DrugTarget;
import org.eczemarx.target.Target;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The relation fields a prefetch reads in the same statement as their parents, each with SQL that returns exactly
 * what the field's own resolver returns: the same rows, in the same order. {@code PrefetchTest} compares both for
 * every object of the knowledge base.
 *
 * <p>In the SQL templates, {@code {p}} is the parent row's alias and {@code {c}} the child row's.
 */
@RegisterForReflection(targets = { Drug.class, DrugClass.class, Brand.class, DrugTarget.class, Target.class,
        MonitoringRequirement.class, LabTest.class, AdverseEffect.class, BoxedWarning.class, Approval.class, Condition.class },
        fields = true, methods = false, registerFullHierarchy = true)
final class Relations {

    enum Kind {
        /** At most one object, by a key of the parent row. */
        ONE,
        /** A list of objects, by the parent's key in the child rows. */
        MANY,
        /** A list of one column's values. */
        VALUES
    }

    /**
     * @param childType    the GraphQL type of the objects (null for values)
     * @param child        their columns (null for values)
     * @param column       the column of a list of values
     * @param value        how one of those values is read
     * @param joinedField  a single relation of the child rows that {@code from} already joins (for the order), or null
     * @param joinedSuffix the alias of that join: the child's alias and this suffix
     */
    record Relation(String field, Kind kind, String childType, EntityColumns child, String from, String where, String orderBy,
            String column, EntityColumns.Value value, String joinedField, String joinedSuffix) {
    }

    private static final Map<String, Map<String, Relation>> BY_TYPE = new HashMap<>();
    private static final Map<String, EntityColumns> ENTITIES = new HashMap<>();

    static {
        EntityColumns drug = EntityColumns.of(Drug.class);
        EntityColumns drugClass = EntityColumns.of(DrugClass.class);
        EntityColumns target = EntityColumns.of(Target.class);
        EntityColumns link = EntityColumns.of(DrugTarget.class);
        EntityColumns labTest = EntityColumns.of(LabTest.class);
        ENTITIES.put("Drug", drug);
        ENTITIES.put("Target", target);

        one("Drug", "drugClass", "DrugClass", drugClass, "{c}.id = {p}.drug_class_id");
        many("Drug", "brands", "Brand", EntityColumns.of(Brand.class), "brand {c}", "{c}.drug_id = {p}.id",
                "{c}.region, {c}.name, {c}.id");
        values("Drug", "synonyms", "drug_synonym {c}", "{c}.drug_id = {p}.id", "{c}.name, {c}.id", "{c}.name", String.class);
        values("Drug", "routes", "drug_route {c}", "{c}.drug_id = {p}.id", "{c}.route, {c}.id", "{c}.route", Route.class);
        many("Drug", "targets", "DrugTarget", link, "drug_target {c} join target {c}t on {c}t.id = {c}.target_id",
                "{c}.drug_id = {p}.id", "{c}t.symbol, {c}.id", "target", "t");
        many("Drug", "monitoring", "MonitoringRequirement", EntityColumns.of(MonitoringRequirement.class),
                "monitoring_requirement {c}", "{c}.drug_id = {p}.id", FactSql.ordinal("{c}.phase", MonitoringPhase.class) + ", {c}.id");
        many("Drug", "adverseEffects", "AdverseEffect", EntityColumns.of(AdverseEffect.class), "adverse_effect {c}",
                "{c}.drug_id = {p}.id", "{c}.serious desc, {c}.name, {c}.id");
        many("Drug", "boxedWarnings", "BoxedWarning", EntityColumns.of(BoxedWarning.class), "boxed_warning {c}",
                "{c}.drug_id = {p}.id", "{c}.region, {c}.id");
        many("Drug", "approvals", "Approval", EntityColumns.of(Approval.class),
                "approval {c} join condition {c}k on {c}k.id = {c}.condition_id", "{c}.drug_id = {p}.id", "{c}.region, {c}k.code, {c}.id",
                "condition", "k");

        one("DrugClass", "parent", "DrugClass", drugClass, "{c}.id = {p}.parent_id");
        one("DrugTarget", "target", "Target", target, "{c}.id = {p}.target_id");
        one("DrugTarget", "drug", "Drug", drug, "{c}.id = {p}.drug_id");
        many("Target", "drugs", "DrugTarget", link, "drug_target {c} join drug {c}d on {c}d.id = {c}.drug_id",
                "{c}.target_id = {p}.id", "{c}d.name, {c}.id", "drug", "d");
        values("Target", "aliases", "target_alias {c}", "{c}.target_id = {p}.id", "{c}.alias, {c}.id", "{c}.alias", String.class);
        one("MonitoringRequirement", "test", "LabTest", labTest, "{c}.id = {p}.lab_test_id");
        one("MonitoringRequirement", "drug", "Drug", drug, "{c}.id = {p}.drug_id");
        one("Approval", "condition", "Condition", EntityColumns.of(Condition.class), "{c}.id = {p}.condition_id");
    }

    private Relations() {
    }

    /** The relation {@code field} of GraphQL type {@code type} when a prefetch can read it, else null. */
    static Relation of(String type, String field) {
        Map<String, Relation> fields = BY_TYPE.get(type);
        return fields == null ? null : fields.get(field);
    }

    /** The columns of the entity behind GraphQL type {@code type}, when a prefetch can start from it, else null. */
    static EntityColumns entity(String type) {
        return ENTITIES.get(type);
    }

    private static void one(String type, String field, String childType, EntityColumns child, String where) {
        add(type, new Relation(field, Kind.ONE, childType, child, child.table() + " {c}", where, null, null, null, null, null));
    }

    private static void many(String type, String field, String childType, EntityColumns child, String from, String where,
            String orderBy) {
        many(type, field, childType, child, from, where, orderBy, null, null);
    }

    private static void many(String type, String field, String childType, EntityColumns child, String from, String where,
            String orderBy, String joinedField, String joinedSuffix) {
        add(type, new Relation(field, Kind.MANY, childType, child, from, where, orderBy, null, null, joinedField, joinedSuffix));
    }

    private static void values(String type, String field, String from, String where, String orderBy, String column,
            Class<?> valueType) {
        add(type, new Relation(field, Kind.VALUES, null, null, from, where, orderBy, column,
                EntityColumns.converter(valueType, type + "." + field), null, null));
    }

    private static void add(String type, Relation relation) {
        BY_TYPE.computeIfAbsent(type, t -> new HashMap<>()).put(relation.field(), relation);
    }
}
