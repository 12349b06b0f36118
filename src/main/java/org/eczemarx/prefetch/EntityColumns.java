package org.eczemarx.prefetch;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * The mapped columns of an entity class, read from its JPA annotations, in a fixed order: what a prefetch statement
 * selects for a row ({@code json_build_array(c.id, c.name, ...)}) and how such an array becomes an object again.
 *
 * <p>The objects built here are plain instances, never managed by a Hibernate session: the read path only reads them.
 */
final class EntityColumns {

    private final Class<?> type;
    private final String table;
    private final Constructor<?> constructor;
    private final List<Column> columns;

    private record Column(String name, Field field, Value value) {
    }

    /** Reads the parser's current value token (never JSON null) as one Java type. */
    @FunctionalInterface
    interface Value {
        Object read(JsonParser json) throws IOException;
    }

    private EntityColumns(Class<?> type) {
        if (!type.isAnnotationPresent(Entity.class)) {
            throw new IllegalArgumentException(type + " is not an entity");
        }
        this.type = type;
        Table annotation = type.getAnnotation(Table.class);
        this.table = annotation != null && !annotation.name().isEmpty() ? annotation.name() : snakeCase(type.getSimpleName());
        try {
            this.constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no constructor without parameters", e);
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
                field.setAccessible(true);
                jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
                String name = column != null && !column.name().isEmpty() ? column.name() : snakeCase(field.getName());
                found.add(new Column(name, field, converter(field.getType(), type.getName() + "." + field.getName())));
            }
        }
        this.columns = List.copyOf(found);
    }

    static EntityColumns of(Class<?> type) {
        return new EntityColumns(type);
    }

    String table() {
        return table;
    }

    /** Every column. */
    int[] all() {
        return java.util.stream.IntStream.range(0, columns.size()).toArray();
    }

    /**
     * The columns a selection of these fields reads: the keys (every {@code Long} column: the row's own and those of
     * the rows it refers to, which the resolvers of other fields need) and the columns of the Java fields named.
     */
    int[] forFields(java.util.Set<String> fields) {
        return java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).field().getType() == Long.class || fields.contains(columns.get(i).field().getName()))
                .toArray();
    }

    /** True when {@code name} is a mapped Java field of the entity. */
    boolean hasField(String name) {
        return columns.stream().anyMatch(column -> column.field().getName().equals(name));
    }

    /** {@code alias.col1, alias.col2 ...} for these columns, in the order {@link #read} expects them. */
    String selectList(String alias, int[] selected) {
        StringJoiner list = new StringJoiner(", ");
        for (int i : selected) {
            list.add(alias + "." + columns.get(i).name());
        }
        return list.toString();
    }

    /**
     * The object whose selected columns are the next {@code selected.length} items of the array the parser has just
     * entered; the other columns stay unset. Leaves the parser on the last of those items.
     */
    Object read(JsonParser json, int[] selected) throws IOException {
        try {
            Object object = constructor.newInstance();
            for (int i : selected) {
                Column column = columns.get(i);
                Object value = json.nextToken() == JsonToken.VALUE_NULL ? null : column.value().read(json);
                if (value != null || !column.field().getType().isPrimitive()) {
                    column.field().set(object, value);
                }
            }
            return object;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a " + type.getSimpleName() + " from a prefetched row", e);
        }
    }

    /** How a JSON value becomes a value of a column's Java type; the types the entities here use. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    static Value converter(Class<?> javaType, String where) {
        if (javaType == String.class) {
            return JsonParser::getText;
        }
        if (javaType == Long.class || javaType == long.class) {
            return JsonParser::getLongValue;
        }
        if (javaType == Integer.class || javaType == int.class) {
            return JsonParser::getIntValue;
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return JsonParser::getBooleanValue;
        }
        if (javaType == BigDecimal.class) {
            return JsonParser::getDecimalValue;
        }
        if (javaType == LocalDate.class) {
            return json -> LocalDate.parse(json.getText());
        }
        if (javaType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) javaType;
            return json -> Enum.valueOf(enumType, json.getText());
        }
        throw new IllegalArgumentException("No prefetch conversion for " + javaType.getName() + " (" + where + ")");
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
