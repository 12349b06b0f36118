package org.eczemarx.prefetch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eczemarx.persistence.ColumnText;
import org.eczemarx.persistence.Relation;

/**
 * The relation fields a prefetch reads in the same statement as their parents: what the concept packages register
 * ({@link RelationFields}), each the declaration its batched resolver reads, so both return the same rows in the same
 * order by construction. The GraphQL type of an entity is its class's simple name, as SmallRye names it.
 */
final class Relations {

    /**
     * A relation field as a prefetch reads it.
     *
     * @param childType the GraphQL type of the related objects (null for values)
     * @param child     their columns (null for values)
     * @param value     how one value of a list of values is read (null for objects)
     */
    record Field(String name, Relation<?, ?> declaration, String childType, EntityColumns child, Function<String, Object> value) {

        Relation.Kind kind() {
            return declaration.kind();
        }
    }

    private final Map<String, Map<String, Field>> byType = new HashMap<>();
    private final Map<Class<?>, EntityColumns> entities = new ConcurrentHashMap<>();

    Relations(List<RelationFields> sources) {
        for (RelationFields source : sources) {
            source.relationFields().forEach((coordinates, declaration) -> {
                int dot = coordinates.indexOf('.');
                String type = coordinates.substring(0, dot);
                String name = coordinates.substring(dot + 1);
                boolean values = declaration.kind() == Relation.Kind.VALUES;
                Field field = new Field(name, declaration, values ? null : declaration.type().getSimpleName(),
                        values ? null : entity(declaration.type()), values ? ColumnText.reader(declaration.type(), coordinates) : null);
                if (byType.computeIfAbsent(type, t -> new HashMap<>()).put(name, field) != null) {
                    throw new IllegalStateException(coordinates + " is registered twice");
                }
            });
        }
    }

    /** The relation {@code field} of GraphQL type {@code type} when a prefetch can read it, else null. */
    Field of(String type, String field) {
        Map<String, Field> fields = byType.get(type);
        return fields == null ? null : fields.get(field);
    }

    /** The columns of an entity class. */
    EntityColumns entity(Class<?> type) {
        return entities.computeIfAbsent(type, EntityColumns::of);
    }

    /** Every registered field, by GraphQL type. */
    Map<String, Map<String, Field>> all() {
        return byType;
    }
}
