package org.eczemarx.download;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** CSV (RFC 4180) of the export: one table, or the data dictionary. Lists and objects are written as JSON text. */
final class Csv {

    private Csv() {
    }

    static String table(KnowledgeBaseExport.Export kb, String table) {
        List<KnowledgeBaseExport.Column> columns = kb.columns().get(table);
        StringBuilder out = new StringBuilder();
        row(out, columns.stream().map(KnowledgeBaseExport.Column::name).toList());
        JsonArray rows = kb.json().getJsonObject("tables").getJsonArray(table);
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getJsonObject(i);
            row(out, columns.stream().map(c -> text(row.getValue(c.name()))).toList());
        }
        return out.toString();
    }

    static String dictionary(KnowledgeBaseExport.Export kb) {
        StringBuilder out = new StringBuilder();
        row(out, List.of("table", "column", "type", "nullable"));
        kb.columns().values().forEach(list -> list.forEach(c -> row(out, List.of(c.table(), c.name(), c.type(), String.valueOf(c.nullable())))));
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof JsonObject || value instanceof JsonArray ? value.toString() : String.valueOf(value);
    }

    private static void row(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = values.get(i);
            if (value != null) {
                boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
                out.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
        }
        out.append("\r\n");
    }
}
