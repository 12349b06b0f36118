package org.eczemarx.persistence;

import java.util.ArrayList;
import java.util.List;

/** Reads the comma-separated enum lists the schema stores (validated by CHECK constraints). */
public final class EnumList {

    private EnumList() {
    }

    public static <E extends Enum<E>> List<E> parse(Class<E> type, String csv) {
        List<E> values = new ArrayList<>();
        if (csv != null && !csv.isBlank()) {
            for (String name : csv.split(",")) {
                values.add(Enum.valueOf(type, name.trim()));
            }
        }
        return values;
    }
}
