package org.eczemarx.graphql;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

import org.eclipse.microprofile.graphql.Name;

/**
 * Argument values as graphql-java coerced them (strings, numbers, booleans, enum names, lists, maps for input objects)
 * converted to the Java types of a resolver's parameters: enums by name, input classes ({@code DrugFilterInput} ...)
 * through their public fields, lists element by element. graphql-java has checked every value against the schema
 * before a resolver runs, so a value that does not fit here is a mismatch between schema and code, not client input.
 */
final class Arguments {

    private Arguments() {
    }

    static Object convert(Object value, Type target) {
        if (value == null) {
            return null;
        }
        if (target instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            Type element = parameterized.getActualTypeArguments()[0];
            Collection<Object> items = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            for (Object item : (Collection<?>) value) {
                items.add(convert(item, element));
            }
            return items;
        }
        if (target instanceof WildcardType wildcard) {
            return convert(value, wildcard.getUpperBounds()[0]);
        }
        if (!(target instanceof Class<?> type)) {
            throw new IllegalArgumentException("Unsupported argument type " + target);
        }
        if (type.isInstance(value) && !(value instanceof Map<?, ?>) || type == boolean.class && value instanceof Boolean) {
            return value;
        }
        if (type.isEnum()) {
            return enumValue(type, value instanceof Enum<?> e ? e.name() : value.toString());
        }
        if (value instanceof Number number) {
            return number(number, type);
        }
        if (type == String.class) {
            return value.toString();
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value.toString()); // the Date scalar has checked the text (CustomScalars)
        }
        if (value instanceof Map<?, ?> fields) {
            return input(fields, type);
        }
        throw new IllegalArgumentException("Cannot convert " + value.getClass().getSimpleName() + " to " + type.getName());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }

    private static Object number(Number number, Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return number.intValue();
        }
        if (type == Long.class || type == long.class) {
            return number.longValue();
        }
        if (type == Double.class || type == double.class) {
            return number.doubleValue();
        }
        if (type == Float.class || type == float.class) {
            return number.floatValue();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(number.toString());
        }
        if (type == BigInteger.class) {
            return new BigDecimal(number.toString()).toBigInteger();
        }
        if (type == String.class) {
            return number.toString();
        }
        throw new IllegalArgumentException("Cannot convert a number to " + type.getName());
    }

    /** An input class filled through its public fields, named as in the schema ({@code @Name} or the field's name). */
    private static Object input(Map<?, ?> values, Class<?> type) {
        try {
            Object input = type.getConstructor().newInstance();
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Name name = field.getAnnotation(Name.class);
                String key = name == null ? field.getName() : name.value();
                if (values.containsKey(key)) {
                    field.set(input, convert(values.get(key), field.getGenericType()));
                }
            }
            return input;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Input class " + type.getName() + " needs a public constructor and public fields", e);
        }
    }
}
