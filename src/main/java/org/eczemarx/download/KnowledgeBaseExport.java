package org.eczemarx.download;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.graphql.ApiConfig;
import org.eczemarx.meta.MetaService;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The whole knowledge base as one JSON document, read from PostgreSQL on each request (PostgreSQL writes the JSON in one
 * statement): every curated table with every row, the data version, the disclaimer, the counts per table, and the data
 * dictionary (every column with its type). Tables derived from others (lookup and search indexes), Flyway's history
 * and the change log (served by {@code factChanges}) are left out.
 */
@ApplicationScoped
public class KnowledgeBaseExport {

    /** Tables that are not curated data: derived indexes, migration history, the change log. */
    static final List<String> LEFT_OUT = List.of("flyway_schema_history", "drug_name_lookup", "search_index_stale", "fact_change");

    private static final String COLUMNS = """
            select c.table_name, c.column_name, c.data_type, c.is_nullable
            from information_schema.columns c join information_schema.tables t
              on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name not in (:leftOut)
            order by c.table_name, c.ordinal_position""";

    private final Reads reads;
    private final ApiConfig config;

    KnowledgeBaseExport(Reads reads, ApiConfig config) {
        this.reads = reads;
        this.config = config;
    }

    /** A column of the data dictionary. */
    public record Column(String table, String name, String type, boolean nullable) {
    }

    /** The export: its JSON text, and the columns of each table in their order. */
    public record Export(String dataVersion, JsonObject json, Map<String, List<Column>> columns) {
    }

    public Uni<Export> export() {
        return reads.isolated(() -> Hql.nativeTuples(COLUMNS, Map.of("leftOut", LEFT_OUT)).chain(rows -> {
            Map<String, List<Column>> columns = new LinkedHashMap<>();
            for (Object[] row : rows) {
                columns.computeIfAbsent((String) row[0], t -> new ArrayList<>())
                        .add(new Column((String) row[0], (String) row[1], (String) row[2], "YES".equals(row[3])));
            }
            StringBuilder sql = new StringBuilder("select (select version from data_version where id = 1), cast(json_build_object(");
            boolean first = true;
            for (String table : columns.keySet()) {
                if (!first) {
                    sql.append(", ");
                }
                first = false;
                // Table names come from information_schema, not from a client; quoted all the same.
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                sql.append('\'').append(table.replace("'", "''")).append("', (select coalesce(json_agg(t order by ")
                        .append(columns.get(table).get(0).name().equals("id") ? "t.id" : "t")
                        .append("), '[]') from ").append(quoted).append(" t)");
            }
            sql.append(") as text)");
            return Hql.nativeTuples(sql.toString(), Map.of()).map(result -> {
                String version = (String) result.get(0)[0];
                JsonObject tables = new JsonObject((String) result.get(0)[1]);
                JsonObject counts = new JsonObject();
                tables.fieldNames().forEach(name -> counts.put(name, tables.getJsonArray(name).size()));
                JsonArray dictionary = new JsonArray();
                columns.values().forEach(list -> list.forEach(c -> dictionary.add(new JsonObject().put("table", c.table())
                        .put("column", c.name()).put("type", c.type()).put("nullable", c.nullable()))));
                JsonObject json = new JsonObject()
                        .put("dataVersion", version)
                        .put("apiVersion", MetaService.API_VERSION)
                        .put("disclaimer", config.disclaimer())
                        .put("counts", counts)
                        .put("dictionary", dictionary)
                        .put("tables", tables);
                return new Export(version, json, columns);
            });
        }));
    }
}
