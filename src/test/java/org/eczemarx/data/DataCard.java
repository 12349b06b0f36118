package org.eczemarx.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders docs/DATA.md, the data card: the whole curated knowledge base at a glance, from the database.
 * Deterministic: every list is sorted and the only date is the data version's, so a stale card shows as a diff.
 * Regenerate with {@value #COMMAND}.
 */
public final class DataCard {

    public static final String COMMAND = "./mvnw test -Dtest=DataCardTest -Ddatacard.write=true";

    private static final String UNVERIFIED = "†";

    private DataCard() {
    }

    public static String render(Connection connection) throws SQLException {
        StringBuilder md = new StringBuilder();
        Map<String, String> version = one(connection, "select version, reviewed_on::text as reviewed_on, notes from data_version");
        md.append("# EczemaRx data card\n\n");
        md.append("Generated from the database by `").append(COMMAND).append("`; do not edit by hand.\n\n");
        md.append("- Data version: **").append(version.get("version")).append("**, reviewed on ")
                .append(version.get("reviewed_on")).append("\n");
        md.append("- ").append(escape(version.get("notes"))).append("\n");
        md.append("- ").append(UNVERIFIED).append(" marks a fact flagged unverified (`verified: false` in the API).\n\n");

        md.append("## Counts\n\n| what | rows | unverified |\n| --- | ---: | ---: |\n");
        countRow(connection, md, "drugs", "select count(*), 0 from drug");
        countRow(connection, md, "targets (distinct, linked to a drug)",
                "select count(distinct target_id), 0 from drug_target");
        countRow(connection, md, "drug-target links", "select count(*), count(*) filter (where not verified) from drug_target");
        countRow(connection, md, "approvals", "select count(*), count(*) filter (where not verified) from approval");
        countRow(connection, md, "boxed warnings", "select count(*), count(*) filter (where not verified) from boxed_warning");
        countRow(connection, md, "adverse effects", "select count(*), count(*) filter (where not verified) from adverse_effect");
        countRow(connection, md, "monitoring requirements",
                "select count(*), count(*) filter (where not verified) from monitoring_requirement");
        countRow(connection, md, "sources", "select count(*), 0 from source");
        md.append("\n");

        md.append("## Drugs\n\n");
        md.append("Approval cells are for atopic dermatitis: status, year of first approval, minimum age (mo = months, y = years).\n\n");
        md.append("| drug | class | routes | targets | US (FDA) | EU | US boxed warning | baseline tests |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map<String, String> drug : all(connection, """
                select d.id::text as id, d.name, c.name as class from drug d join drug_class c on c.id = d.drug_class_id
                order by d.name""")) {
            String id = drug.get("id");
            md.append("| ").append(escape(drug.get("name")))
                    .append(" | ").append(escape(drug.get("class")))
                    .append(" | ").append(list(connection, "select route from drug_route where drug_id = " + id + " order by route"))
                    .append(" | ").append(list(connection, """
                            select t.symbol || ' ' || lower(dt.action) || case when dt.verified then '' else '%s' end
                            from drug_target dt join target t on t.id = dt.target_id
                            where dt.drug_id = %s order by t.symbol""".formatted(UNVERIFIED, id)))
                    .append(" | ").append(approval(connection, id, "US"))
                    .append(" | ").append(approval(connection, id, "EU"))
                    .append(" | ").append(list(connection, """
                            select replace(topics, ',', ', ') || case when verified then '' else '%s' end
                            from boxed_warning where drug_id = %s and region = 'US'""".formatted(UNVERIFIED, id)))
                    .append(" | ").append(list(connection, """
                            select l.code || case when m.verified then '' else '%s' end
                            from monitoring_requirement m join lab_test l on l.id = m.lab_test_id
                            where m.drug_id = %s and m.phase = 'BASELINE' order by l.code""".formatted(UNVERIFIED, id)))
                    .append(" |\n");
        }
        md.append("\n");

        md.append("## Other approvals\n\n| drug | region | condition | status | year | minimum age |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (Map<String, String> row : all(connection, """
                select d.name, a.region, c.code, a.status, coalesce(a.year::text, '') as year,
                       coalesce(a.minimum_age_months::text, '') as age, a.verified::text as verified
                from approval a join drug d on d.id = a.drug_id join condition c on c.id = a.condition_id
                where not (c.code = 'ATOPIC_DERMATITIS' and a.region in ('US', 'EU'))
                order by d.name, a.region, c.code""")) {
            md.append("| ").append(escape(row.get("name"))).append(" | ").append(row.get("region"))
                    .append(" | ").append(row.get("code")).append(" | ").append(row.get("status"))
                    .append(mark(row)).append(" | ").append(row.get("year"))
                    .append(" | ").append(age(row.get("age"))).append(" |\n");
        }
        md.append("\n");

        md.append("## Sources\n\n");
        for (Map<String, String> source : all(connection, """
                select s.key, s.title, s.publisher, s.kind, s.url, s.published_on::text as published_on,
                       s.accessed_on::text as accessed_on,
                       ((select count(*) from drug_route f where f.source_id = s.id)
                        + (select count(*) from drug_synonym f where f.source_id = s.id)
                        + (select count(*) from brand f where f.source_id = s.id)
                        + (select count(*) from drug_target f where f.source_id = s.id)
                        + (select count(*) from approval f where f.source_id = s.id)
                        + (select count(*) from boxed_warning f where f.source_id = s.id)
                        + (select count(*) from adverse_effect f where f.source_id = s.id)
                        + (select count(*) from monitoring_requirement f where f.source_id = s.id)
                        + (select count(*) from pathway f where f.source_id = s.id)
                        + (select count(*) from search_alias f where f.source_id = s.id))::text as cited
                from source s order by s.key""")) {
            md.append("- `").append(source.get("key")).append("`: ").append(escape(source.get("title")))
                    .append(". ").append(escape(source.get("publisher"))).append(". ").append(source.get("kind"))
                    .append(", published ").append(source.get("published_on"))
                    .append(", accessed ").append(source.get("accessed_on"))
                    .append(", cited by ").append(source.get("cited")).append(" rows. <")
                    .append(source.get("url")).append(">\n");
        }
        return md.toString();
    }

    private static String approval(Connection connection, String drugId, String region) throws SQLException {
        List<Map<String, String>> rows = all(connection, """
                select a.status, coalesce(a.year::text, '') as year, coalesce(a.minimum_age_months::text, '') as age,
                       a.verified::text as verified
                from approval a join condition c on c.id = a.condition_id
                where a.drug_id = %s and a.region = '%s' and c.code = 'ATOPIC_DERMATITIS'""".formatted(drugId, region));
        if (rows.isEmpty()) {
            return "";
        }
        Map<String, String> row = rows.get(0);
        StringBuilder cell = new StringBuilder(row.get("status")).append(mark(row));
        if (!row.get("year").isEmpty()) {
            cell.append(" ").append(row.get("year"));
        }
        if (!row.get("age").isEmpty()) {
            cell.append(", from ").append(age(row.get("age")));
        }
        return cell.toString();
    }

    private static String mark(Map<String, String> row) {
        return "true".equals(row.get("verified")) ? "" : UNVERIFIED;
    }

    private static String age(String months) {
        if (months.isEmpty()) {
            return "";
        }
        int m = Integer.parseInt(months);
        return m >= 24 && m % 12 == 0 ? (m / 12) + " y" : m + " mo";
    }

    private static void countRow(Connection connection, StringBuilder md, String what, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            md.append("| ").append(what).append(" | ").append(rs.getLong(1)).append(" | ").append(rs.getLong(2)).append(" |\n");
        }
    }

    private static String list(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Map<String, String> row : all(connection, sql)) {
            values.add(escape(row.values().iterator().next()));
        }
        return values.isEmpty() ? "none" : String.join("; ", values);
    }

    private static Map<String, String> one(Connection connection, String sql) throws SQLException {
        List<Map<String, String>> rows = all(connection, sql);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row from " + sql + ", got " + rows.size());
        }
        return rows.get(0);
    }

    private static List<Map<String, String>> all(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<Map<String, String>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
