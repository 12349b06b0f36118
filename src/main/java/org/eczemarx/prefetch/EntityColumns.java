package org.eczemarx.prefetch;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

import org.eczemarx.persistence.ColumnText;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/**
 * The mapped columns of an entity class, read from its JPA annotations, in a fixed order: what a prefetch statement
 * selects for a row ({@code c.id::text, c.name::text, ...}) and how those texts become an object again.
 *
 * <p>An entity a prefetch reads keeps its columns in public fields, as Panache entities do, and has a public
 * constructor without parameters: objects are built and filled through public reflection only. They are plain
 * instances, never managed by a Hibernate session: the read path only reads them.
 */
final class EntityColumns {

    private final Class<?> type;
    private final Constructor<?> constructor;
    private final List<Column> columns;
    /** The index of the row's key among {@link #columns}. */
    private final int key;

    /** @param setter sets the column's field of an object: {@code (Object, Object) -> void} */
    private record Column(String name, Field field, Function<String, Object> value, MethodHandle setter) {
    }

    private EntityColumns(Class<?> type) {
        if (!type.isAnnotationPresent(Entity.class)) {
            throw new IllegalArgumentException(type + " is not an entity");
        }
        this.type = type;
        try {
            this.constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no public constructor without parameters", e);
        }
        List<Class<?>> mapped = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class)) {
                mapped.add(0, c); // superclass columns first
            }
        }
        List<Column> found = new ArrayList<>();
        for (Class<?> c : mapped) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
                String name = column != null && !column.name().isEmpty() ? column.name() : snakeCase(field.getName());
                found.add(new Column(name, field, ColumnText.reader(field.getType(), type.getName() + "." + field.getName()),
                        setter(c, field)));
            }
        }
        this.columns = List.copyOf(found);
        this.key = java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).field().isAnnotationPresent(Id.class))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type + " has no @Id column"));
    }

    /**
     * Sets a public field: directly, or through the public setter Quarkus generates for a public field of an entity
     * ({@code setName} for {@code name}) when its build made the field itself non-public (as it does for {@code pk},
     * which has an accessor method {@code pk()}).
     */
    private static MethodHandle setter(Class<?> owner, Field field) {
        MethodType shape = MethodType.methodType(void.class, Object.class, Object.class);
        try {
            return MethodHandles.publicLookup().unreflectSetter(field).asType(shape);
        } catch (IllegalAccessException notPublic) {
            String name = field.getName();
            try {
                Method method = owner.getMethod("set" + Character.toUpperCase(name.charAt(0)) + name.substring(1), field.getType());
                return MethodHandles.publicLookup().unreflect(method).asType(shape);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalArgumentException(owner.getName() + "." + name + " is a column a prefetch reads: make it public", e);
            }
        }
    }

    static EntityColumns of(Class<?> type) {
        return new EntityColumns(type);
    }

    /** Every column. */
    int[] all() {
        return java.util.stream.IntStream.range(0, columns.size()).toArray();
    }

    /**
     * The columns a selection of these fields reads: the row's key (objects are told apart by it) and the columns of the
     * Java fields named. Other keys are left out: the relations a prefetch reads are joined in SQL, and a selection with
     * any other relation reads {@link #all} columns.
     */
    int[] forFields(java.util.Set<String> fields) {
        return java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> i == key || fields.contains(columns.get(i).field().getName()))
                .toArray();
    }

    /** True when the row's key, among the {@code selected} columns' texts from {@code from}, is SQL null. */
    boolean isNullKey(String[] texts, int from, int[] selected) {
        for (int n = 0; n < selected.length; n++) {
            if (selected[n] == key) {
                return texts[from + n] == null;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " is read without its key");
    }

    /** True when {@code name} is a mapped Java field of the entity. */
    boolean hasField(String name) {
        return columns.stream().anyMatch(column -> column.field().getName().equals(name));
    }

    /** {@code alias.col1::text, alias.col2::text ...} for these columns, in the order {@link #read} expects them. */
    String selectList(String alias, int[] selected) {
        StringJoiner list = new StringJoiner(", ");
        for (int i : selected) {
            Column column = columns.get(i);
            list.add(ColumnText.select(alias + "." + column.name(), column.field().getType()));
        }
        return list.toString();
    }

    /**
     * The object whose selected columns are the {@code selected.length} texts of {@code texts} from {@code from} (null
     * for SQL null), in the order of {@link #selectList}; the other columns stay unset.
     */
    Object read(String[] texts, int from, int[] selected) {
        Object object;
        try {
            object = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a " + type.getSimpleName() + " from a prefetched row", e);
        }
        for (int n = 0; n < selected.length; n++) {
            Column column = columns.get(selected[n]);
            String text = texts[from + n];
            Object value = text == null ? null : column.value().apply(text);
            if (value != null || !column.field().getType().isPrimitive()) {
                try {
                    column.setter().invokeExact(object, value);
                } catch (Throwable e) {
                    throw new IllegalStateException("Cannot set " + type.getSimpleName() + "." + column.field().getName(), e);
                }
            }
        }
        return object;
    }

    /**
     * A field's column, as Hibernate's CamelCaseToUnderscoresNamingStrategy (application.properties) names it: an
     * underscore before a capital that follows a lower-case letter or digit and comes before one ({@code minimumAgeMonths}
     * is {@code minimum_age_months}, {@code uniprotID} is {@code uniprotid}).
     */
    private static String snakeCase(String name) {
        return name.replaceAll("(?<=[a-z0-9])(?=[A-Z][a-z0-9])", "_").toLowerCase(java.util.Locale.ROOT);
    }
}
