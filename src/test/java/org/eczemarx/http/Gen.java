package org.eczemarx.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of random values for {@link FuzzRequests}: a function of one {@link Random}, so that a seed replays a
 * run exactly. Generators combine by calling each other's {@link #next}; the few combinators below cover the rest.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    /**
     * Code points as jqwik's {@code strings().all()} gave them, and more: control characters (U+0000 more often than
     * the others), printable ASCII, any char of the Basic Multilingual Plane, unpaired surrogates, supplementary planes.
     */
    Gen<Integer> UNICODE = frequencyOf(
            Map.entry(2, ints(0, 0x1f)),
            Map.entry(3, ints(' ', '~')),
            Map.entry(3, ints(0, 0xffff)),
            Map.entry(1, ints(0xd800, 0xdfff)),
            Map.entry(1, ints(0x10000, 0x10ffff)));

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    /** Draws again until a value passes; only for predicates most values pass. */
    default Gen<T> filter(Predicate<? super T> predicate) {
        return random -> {
            T value = next(random);
            while (!predicate.test(value)) {
                value = next(random);
            }
            return value;
        };
    }

    /** Lists of {@link #sizes} between {@code min} and {@code max}. */
    default Gen<List<T>> list(int min, int max) {
        Gen<Integer> size = sizes(min, max);
        return random -> {
            int n = size.next(random);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(next(random));
            }
            return list;
        };
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        return random -> values.get(random.nextInt(values.size()));
    }

    /** From {@code min} to {@code max}, both included; each end one time in twenty (jqwik's edge cases). */
    static Gen<Integer> ints(int min, int max) {
        return random -> switch (random.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> (int) random.nextLong(min, max + 1L);
        };
    }

    /**
     * Sizes as jqwik drew them: mostly at most 32 above {@code min}, one time in ten anywhere up to {@code max}, one
     * time in a hundred {@code max} itself. Small sizes fall on both sides of the endpoint's limits (depth 15, 30
     * aliases); large ones are refused early.
     */
    static Gen<Integer> sizes(int min, int max) {
        int cutoff = Math.min(min + 32, max);
        return random -> {
            double p = random.nextDouble();
            if (p < 0.01) {
                return max;
            }
            if (p < 0.11 && cutoff < max) {
                return (int) random.nextLong(cutoff + 1L, max + 1L);
            }
            return (int) random.nextLong(min, cutoff + 1L);
        };
    }

    /** The code points of {@code chars}, one at a time. */
    static Gen<Integer> chars(String chars) {
        return of(chars.codePoints().boxed().toList());
    }

    /**
     * Strings of {@link #sizes} between {@code min} and {@code max} chars; a surrogate pair cut at the end leaves an
     * unpaired surrogate, as wanted.
     */
    static Gen<String> strings(Gen<Integer> codePoints, int min, int max) {
        Gen<Integer> size = sizes(min, max);
        return random -> {
            int n = size.next(random);
            StringBuilder text = new StringBuilder(n + 1);
            while (text.length() < n) {
                text.appendCodePoint(codePoints.next(random));
            }
            return text.substring(0, n);
        };
    }

    /** Maps of up to {@code maxSize} entries, in the order drawn; a key drawn twice keeps its last value. */
    static <K, V> Gen<Map<K, V>> maps(Gen<? extends K> keys, Gen<? extends V> values, int maxSize) {
        Gen<Integer> size = sizes(0, maxSize);
        return random -> {
            int n = size.next(random);
            Map<K, V> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                map.put(keys.next(random), values.next(random));
            }
            return map;
        };
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return random -> gens[random.nextInt(gens.length)].next(random);
    }

    /** Each generator as often as its weight (the entry's key) says. */
    @SafeVarargs
    static <T> Gen<T> frequencyOf(Map.Entry<Integer, ? extends Gen<? extends T>>... weighted) {
        int total = 0;
        for (Map.Entry<Integer, ? extends Gen<? extends T>> entry : weighted) {
            total += entry.getKey();
        }
        int sum = total;
        return random -> {
            int pick = random.nextInt(sum);
            for (Map.Entry<Integer, ? extends Gen<? extends T>> entry : weighted) {
                pick -= entry.getKey();
                if (pick < 0) {
                    return entry.getValue().next(random);
                }
            }
            throw new IllegalStateException("weights changed");
        };
    }
}
