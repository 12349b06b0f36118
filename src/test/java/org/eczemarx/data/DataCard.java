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

    /** The fact tables of evidence and guidance, with how the card names them. */
    private static final String[][] EVIDENCE_TABLES = {
            { "guideline_recommendation", "guideline recommendations" },
            { "efficacy_result", "meta-analysis results" },
            { "dosing_regimen", "dosing regimens" },
            { "dose_adjustment", "dose adjustments" },
            { "use_limit", "limits of use" },
            { "contraindication", "contraindications and cautions" },
            { "reproductive_safety", "pregnancy, breastfeeding, contraception, fertility" },
            { "vaccination_advice", "vaccination advice" },
            { "drug_interaction", "interactions" },
            { "risk_program", "risk programmes" } };

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
        countRow(connection, md, "interventions graded (drugs, classes, non-drug treatments)",
                "select count(*), 0 from intervention");
        for (String[] table : EVIDENCE_TABLES) {
            countRow(connection, md, table[1], "select count(*), count(*) filter (where not verified) from " + table[0]);
        }
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

        safetyInUse(connection, md);
        recommendations(connection, md);
        efficacy(connection, md);

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
                        %s + (select count(*) from search_alias f where f.source_id = s.id))::text as cited
                from source s order by s.key""".formatted(evidenceCitations()))) {
            md.append("- `").append(source.get("key")).append("`: ").append(escape(source.get("title")))
                    .append(". ").append(escape(source.get("publisher"))).append(". ").append(source.get("kind"))
                    .append(", published ").append(source.get("published_on"))
                    .append(", accessed ").append(source.get("accessed_on"))
                    .append(", cited by ").append(source.get("cited")).append(" rows. <")
                    .append(source.get("url")).append(">\n");
        }
        return md.toString();
    }

    private static String evidenceCitations() {
        StringBuilder sum = new StringBuilder();
        for (String[] table : EVIDENCE_TABLES) {
            sum.append("+ (select count(*) from ").append(table[0]).append(" f where f.source_id = s.id)\n");
        }
        return sum.toString();
    }

    private static void safetyInUse(Connection connection, StringBuilder md) throws SQLException {
        md.append("## Dosing and safety in use\n\n");
        md.append("Per drug and region: regimens (populations), line of therapy for atopic dermatitis, populations the label ")
                .append("contraindicates (CONTRAINDICATED rows only), pregnancy guidance, vaccination advice, limits of use, ")
                .append("number of labelled interactions and risk programmes.\n\n");
        md.append("| drug | regimens | line of therapy | contraindicated in | pregnancy | vaccination | limits of use | interactions | risk programmes |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | ---: | --- |\n");
        for (Map<String, String> drug : all(connection, "select d.id::text as id, d.name from drug d order by d.name")) {
            String id = drug.get("id");
            md.append("| ").append(escape(drug.get("name")))
                    .append(" | ").append(list(connection, """
                            select region || ' ' || count(*) || case when bool_and(verified) then '' else '%s' end
                            from dosing_regimen where drug_id = %s group by region order by region""".formatted(UNVERIFIED, id)))
                    .append(" | ").append(list(connection, """
                            select a.region || ' ' || a.line_of_therapy || case when a.minimum_weight_kg is null then ''
                                   else ' (from ' || trim_scale(a.minimum_weight_kg) || ' kg)' end
                            from approval a join condition c on c.id = a.condition_id
                            where a.drug_id = %s and c.code = 'ATOPIC_DERMATITIS' and a.line_of_therapy is not null
                            order by a.region""".formatted(id)))
                    .append(" | ").append(list(connection, """
                            select region || ': ' || string_agg(distinct population || case when verified then '' else '%s' end, ', ')
                            from contraindication where drug_id = %s and severity = 'CONTRAINDICATED'
                            group by region order by region""".formatted(UNVERIFIED, id)))
                    .append(" | ").append(list(connection, """
                            select region || ' ' || guidance || case when verified then '' else '%s' end
                            from reproductive_safety where drug_id = %s and topic = 'PREGNANCY' order by region""".formatted(UNVERIFIED, id)))
                    .append(" | ").append(list(connection, """
                            select region || ': ' || string_agg(distinct kind || case when verified then '' else '%s' end, ', ')
                            from vaccination_advice where drug_id = %s group by region order by region""".formatted(UNVERIFIED, id)))
                    .append(" | ").append(list(connection, """
                            select region || ': ' || string_agg(distinct kind, ', ')
                            from use_limit where drug_id = %s group by region order by region""".formatted(id)))
                    .append(" | ").append(one(connection, "select count(*)::text as n from drug_interaction where drug_id = " + id).get("n"))
                    .append(" | ").append(list(connection, """
                            select region || ' ' || kind || ': ' || name || case when verified then '' else '%s' end
                            from risk_program where drug_id = %s order by region, kind, name""".formatted(UNVERIFIED, id)))
                    .append(" |\n");
        }
        md.append("\n");
    }

    private static void recommendations(Connection connection, StringBuilder md) throws SQLException {
        md.append("## Guideline recommendations\n\n| guideline | intervention | kind | direction | strength | certainty | age group |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map<String, String> row : all(connection, """
                select r.guideline, i.name, i.kind, r.direction, coalesce(r.strength, '(not read)') as strength, coalesce(r.certainty, '') as certainty,
                       r.age_group, r.verified::text as verified
                from guideline_recommendation r join intervention i on i.id = r.intervention_id
                order by r.guideline, i.name, r.direction, r.strength, r.age_group, r.id""")) {
            md.append("| ").append(row.get("guideline")).append(" | ").append(escape(row.get("name")))
                    .append(" | ").append(row.get("kind")).append(" | ").append(row.get("direction")).append(mark(row))
                    .append(" | ").append(row.get("strength")).append(" | ").append(row.get("certainty"))
                    .append(" | ").append(row.get("age_group")).append(" |\n");
        }
        md.append("\n");
    }

    private static void efficacy(Connection connection, StringBuilder md) throws SQLException {
        md.append("## Comparative efficacy (as the reviews report it)\n\n")
                .append("| intervention | dose | outcome | time point | comparator | ranking group or effect | certainty | source |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map<String, String> row : all(connection, """
                select i.name, coalesce(e.dose, '') as dose, e.outcome, e.time_point, e.comparator,
                       coalesce(e.ranking_group, e.effect, '') as result, coalesce(e.certainty, '') as certainty, s.key,
                       e.verified::text as verified
                from efficacy_result e join intervention i on i.id = e.intervention_id join source s on s.id = e.source_id
                order by e.outcome, e.time_point, i.name, e.dose nulls first, s.key, e.id""")) {
            md.append("| ").append(escape(row.get("name"))).append(" | ").append(escape(row.get("dose")))
                    .append(" | ").append(row.get("outcome")).append(" | ").append(row.get("time_point"))
                    .append(" | ").append(escape(row.get("comparator"))).append(" | ").append(escape(row.get("result"))).append(mark(row))
                    .append(" | ").append(row.get("certainty")).append(" | `").append(row.get("key")).append("` |\n");
        }
        md.append("\n");
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
