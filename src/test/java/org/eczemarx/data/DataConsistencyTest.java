package org.eczemarx.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eczemarx.approval.ApprovalStatus;
import org.eczemarx.approval.ConditionCode;
import org.eczemarx.approval.LineOfTherapy;
import org.eczemarx.approval.Region;
import org.eczemarx.approval.Severity;
import org.eczemarx.dosing.DoseCircumstance;
import org.eczemarx.dosing.UseLimitKind;
import org.eczemarx.dosing.UseLimitUnit;
import org.eczemarx.drug.Modality;
import org.eczemarx.drug.Route;
import org.eczemarx.evidence.AgeGroup;
import org.eczemarx.evidence.EfficacyOutcome;
import org.eczemarx.evidence.EvidenceCertainty;
import org.eczemarx.evidence.Guideline;
import org.eczemarx.evidence.InterventionKind;
import org.eczemarx.evidence.RankingGroup;
import org.eczemarx.evidence.RecommendationDirection;
import org.eczemarx.evidence.RecommendationStrength;
import org.eczemarx.evidence.TimePoint;
import org.eczemarx.monitoring.MonitoringPhase;
import org.eczemarx.safety.BoxedWarningTopic;
import org.eczemarx.safety.ContraindicationPopulation;
import org.eczemarx.safety.ContraindicationSeverity;
import org.eczemarx.safety.Frequency;
import org.eczemarx.safety.InteractionManagement;
import org.eczemarx.safety.ReproductiveGuidance;
import org.eczemarx.safety.ReproductiveTopic;
import org.eczemarx.safety.RiskProgramKind;
import org.eczemarx.safety.VaccinationAdviceKind;
import org.eczemarx.source.SourceKind;
import org.eczemarx.support.TestDatabase;
import org.eczemarx.target.TargetAction;
import org.eczemarx.target.TargetKind;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Curation rules of db/README.md checked over the whole migrated dataset. Each test lists the offending rows, so a
 * failure says what to fix in the next curation migration.
 *
 * <p>Rows that other tests insert (drugs named {@code test-...} or {@code zz-...}, sources keyed likewise) are not curated data
 * and are left out, so these checks do not depend on test order.
 */
@QuarkusTest
class DataConsistencyTest {

    /** Sources that document reference tables without a source column (target symbols and names come from HGNC). */
    private static final Set<String> REFERENCE_SOURCES = Set.of("hgnc");

    /** Every table whose rows are facts about a drug, and so must cite a source. */
    private static final List<String> FACT_TABLES = List.of("drug_route", "drug_synonym", "brand", "drug_target",
            "approval", "boxed_warning", "adverse_effect", "monitoring_requirement", "dosing_regimen", "dose_adjustment",
            "use_limit", "contraindication", "reproductive_safety", "vaccination_advice", "drug_interaction", "risk_program",
            "guideline_recommendation", "efficacy_result");

    /** Every enum column of the schema (CHECK constraint) and the GraphQL enum that must list exactly its values. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_COLUMNS = Map.ofEntries(
            Map.entry("source.kind", SourceKind.class),
            Map.entry("condition.code", ConditionCode.class),
            Map.entry("drug.modality", Modality.class),
            Map.entry("drug_route.route", Route.class),
            Map.entry("brand.region", Region.class),
            Map.entry("target.kind", TargetKind.class),
            Map.entry("drug_target.action", TargetAction.class),
            Map.entry("approval.region", Region.class),
            Map.entry("approval.status", ApprovalStatus.class),
            Map.entry("approval.severity", Severity.class),
            Map.entry("approval.line_of_therapy", LineOfTherapy.class),
            Map.entry("boxed_warning.region", Region.class),
            Map.entry("boxed_warning.topics", BoxedWarningTopic.class),
            Map.entry("adverse_effect.frequency", Frequency.class),
            Map.entry("monitoring_requirement.phase", MonitoringPhase.class),
            Map.entry("intervention.kind", InterventionKind.class),
            Map.entry("guideline_recommendation.guideline", Guideline.class),
            Map.entry("guideline_recommendation.direction", RecommendationDirection.class),
            Map.entry("guideline_recommendation.strength", RecommendationStrength.class),
            Map.entry("guideline_recommendation.certainty", EvidenceCertainty.class),
            Map.entry("guideline_recommendation.age_group", AgeGroup.class),
            Map.entry("guideline_recommendation.severity", Severity.class),
            Map.entry("efficacy_result.outcome", EfficacyOutcome.class),
            Map.entry("efficacy_result.time_point", TimePoint.class),
            Map.entry("efficacy_result.ranking_group", RankingGroup.class),
            Map.entry("efficacy_result.certainty", EvidenceCertainty.class),
            Map.entry("dosing_regimen.region", Region.class),
            Map.entry("dose_adjustment.region", Region.class),
            Map.entry("dose_adjustment.circumstance", DoseCircumstance.class),
            Map.entry("use_limit.region", Region.class),
            Map.entry("use_limit.kind", UseLimitKind.class),
            Map.entry("use_limit.unit", UseLimitUnit.class),
            Map.entry("contraindication.region", Region.class),
            Map.entry("contraindication.population", ContraindicationPopulation.class),
            Map.entry("contraindication.severity", ContraindicationSeverity.class),
            Map.entry("reproductive_safety.region", Region.class),
            Map.entry("reproductive_safety.topic", ReproductiveTopic.class),
            Map.entry("reproductive_safety.guidance", ReproductiveGuidance.class),
            Map.entry("vaccination_advice.region", Region.class),
            Map.entry("vaccination_advice.kind", VaccinationAdviceKind.class),
            Map.entry("drug_interaction.region", Region.class),
            Map.entry("drug_interaction.management", InteractionManagement.class),
            Map.entry("risk_program.region", Region.class),
            Map.entry("risk_program.kind", RiskProgramKind.class));

    /**
     * Coverage gaps the curation migrations document (their opening comments say why), keyed by the offending row as a
     * check reports it. Each check fails on a new gap and on a listed gap that has been filled, so the list stays exact.
     */
    private static final Map<String, String> KNOWN_GAPS = Map.ofEntries(
            Map.entry("contraindication: tapinarof", "US label: \"Contraindications: None\" (V14_3)"),
            Map.entry("use_limit: roflumilast", "no limit of use curated from the Zoryve label (V14_3)"),
            Map.entry("use_limit: tapinarof", "no limit of use curated from the Vtama label (V14_3)"),
            Map.entry("vaccination: alitretinoin", "the label says nothing about vaccines (V14_1)"),
            Map.entry("vaccination: difamilast", "the label says nothing about vaccines (V14_1)"),
            Map.entry("vaccination: betamethasone dipropionate", "corticosteroid labels say nothing about vaccines (V14_3)"),
            Map.entry("vaccination: clobetasol propionate", "corticosteroid labels say nothing about vaccines (V14_3)"),
            Map.entry("vaccination: hydrocortisone", "corticosteroid labels say nothing about vaccines (V14_3)"),
            Map.entry("vaccination: mometasone furoate", "corticosteroid labels say nothing about vaccines (V14_3)"),
            Map.entry("vaccination: triamcinolone acetonide", "corticosteroid labels say nothing about vaccines (V14_3)"),
            Map.entry("vaccination: crisaborole", "PDE4 labels say nothing about vaccines (V14_3)"),
            Map.entry("vaccination: roflumilast", "PDE4 labels say nothing about vaccines (V14_3)"),
            Map.entry("vaccination: tapinarof", "AhR agonist label says nothing about vaccines (V14_3)"),
            Map.entry("vaccination: ruxolitinib", "no vaccination statement curated for the cream (V14_4)"),
            Map.entry("pregnancy: prednisone EU", "no EU SmPC text of prednisone could be read (V14_5)"),
            Map.entry("dosing: prednisone EU ATOPIC_DERMATITIS", "no EU SmPC text of prednisone could be read (V14_5)"),
            Map.entry("dosing: betamethasone dipropionate EU ATOPIC_DERMATITIS", "EU national texts read for limits, not posology (V14_3)"),
            Map.entry("dosing: mometasone furoate EU ATOPIC_DERMATITIS", "EU national texts read for limits, not posology (V14_3)"),
            Map.entry("dosing: dupilumab EU PRURIGO_NODULARIS", "prurigo nodularis regimens not curated (V14_4)"));

    private static final String CURATED_DRUG = "d.name !~ '^(test-|zz-)'";
    private static final String CURATED_SOURCE = "s.key !~ '^(test-|zz-)'";

    /** Wording about the curation itself ("not re-read in this curation", "seed document ... outdated"), not a fact. */
    private static final String CURATION_NOTE = "re-read|re-check|in this curation|with the tools|seed document";

    @Test
    void lastReviewedFollowsTheReadings() {
        // a fact confirmed against a source, repointed to another, or added from one was read on its release's day
        assertNone("drugs whose last_reviewed is before the latest reading of one of their facts", """
                select d.name || ' ' || d.last_reviewed || ' < ' || max(r.released_on)
                from fact_change c join data_release r on r.version = c.release join drug d on d.id = c.drug_id
                where c.operation = 'CHANGED'
                  and ((c.after ->> 'verified')::boolean and (c.before ->> 'verified') is distinct from (c.after ->> 'verified')
                       or (c.before ->> 'source_id') is distinct from (c.after ->> 'source_id'))
                   or c.operation = 'ADDED' and c.after ->> 'source_id' is not null
                group by d.name, d.last_reviewed having max(r.released_on) > d.last_reviewed order by 1""");
    }

    @Test
    void onlyApprovalsAndOffLabelUsesNameSeverities() {
        // Approval.severity's description: empty for NOT_APPROVED and WITHDRAWN rows
        assertNone("approvals that are not (or no longer) approvals but name severities", """
                select d.name || ' ' || a.region || ' ' || a.status from approval a join drug d on d.id = a.drug_id
                where a.status in ('NOT_APPROVED', 'WITHDRAWN') and coalesce(a.severity, '') <> '' order by 1""");
    }

    @Test
    void regionsAreCuratedAsTheirDescriptionsSay() {
        // Region's descriptions: every drug has a US and an EU approval row; CA and AU none yet ("not curated yet")
        assertNone("drugs without a US or an EU approval row", """
                select d.name || ' ' || r.region from drug d cross join (values ('US'), ('EU')) r(region)
                where %s and not exists (select 1 from approval a where a.drug_id = d.id and a.region = r.region)
                order by 1""".formatted(CURATED_DRUG));
        assertNone("approval rows in a region described as not curated yet (say what is curated in Region)",
                "select region || ' ' || count(*) from approval where region in ('CA', 'AU') group by region order by 1");
    }

    @Test
    void noStoredNameHoldsATrademarkSign() {
        // V33 drops ® ™ © ℠ in erx_norm and erx_words; values computed from stored names before it (expression
        // indexes, drug_name_lookup, the search tables: search_term holds every searchable name, alias, code and fact)
        // stay right only while no stored name holds one
        assertNone("names with a trademark or copyright sign", """
                select t.term from (select name as term from drug union all select name from drug_synonym
                    union all select name from brand union all select term from search_term) t
                where t.term ~ '[®™©℠]' order by 1""");
    }

    @Test
    void everyDrugHasAClassThatExists() {
        assertNone("drugs without an existing class", """
                select d.name from drug d left join drug_class c on c.id = d.drug_class_id
                where c.id is null and %s order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugHasARoute() {
        assertNone("drugs without a route", """
                select d.name from drug d where %s
                and not exists (select 1 from drug_route r where r.drug_id = d.id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugHasATarget() {
        assertNone("drugs without a target", """
                select d.name from drug d where %s
                and not exists (select 1 from drug_target t where t.drug_id = d.id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugHasUsAndEuApprovalRowsForAtopicDermatitis() {
        assertNone("drug x region without an atopic dermatitis approval row", """
                select d.name || ' ' || r.region from drug d cross join (values ('US'), ('EU')) r (region)
                where %s and not exists (
                    select 1 from approval a join condition c on c.id = a.condition_id
                    where a.drug_id = d.id and a.region = r.region and c.code = 'ATOPIC_DERMATITIS')
                order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugHasSources() {
        assertNone("drugs citing no source", """
                select d.name from drug d where %s
                and not exists (select 1 from drug_source s where s.drug_id = d.id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugHasAdverseEffects() {
        assertNone("drugs without adverse effects", """
                select d.name from drug d where %s
                and not exists (select 1 from adverse_effect e where e.drug_id = d.id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyFactRowCitesAnExistingSource() {
        List<String> offenders = new ArrayList<>();
        for (String table : FACT_TABLES) {
            offenders.addAll(rows("""
                    select '%1$s#' || f.id from %1$s f left join source s on s.id = f.source_id
                    where s.id is null order by f.id""".formatted(table)));
        }
        offenders.addAll(rows("""
                select 'pathway ' || p.code from pathway p left join source s on s.id = p.source_id
                where s.id is null order by 1"""));
        assertThat(offenders).as("fact rows without a source").isEmpty();
    }

    /**
     * Every row that carries {@code verified} and is not verified says why (the tables are found in the schema, so a
     * new fact table is checked too).
     */
    @Test
    void everyUnverifiedRowSaysWhy() {
        List<String> offenders = new ArrayList<>();
        for (String table : rows("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'verified' order by 1""")) {
            offenders.addAll(rows("""
                    select '%1$s#' || f.id from %1$s f
                    where not f.verified and coalesce(trim(f.unverified_reason), '') = '' order by f.id""".formatted(table)));
        }
        assertThat(offenders).as("unverified rows without unverified_reason").isEmpty();
    }

    /**
     * Fact text is what clients read as the fact: whether and why it is unconfirmed belongs in {@code verified} and
     * {@code unverified_reason}, not in the text (V28). Every text column of every table that carries {@code verified}
     * is checked (found in the schema, so a new fact table or column is checked too), except unverified_reason and the
     * enum columns (a CHECK constraint listing their values).
     */
    @Test
    void factTextCarriesNoCurationNotes() {
        List<String> checks = new ArrayList<>();
        for (String column : rows("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                where c.table_schema = 'public' and c.data_type in ('text', 'character varying')
                and c.column_name <> 'unverified_reason'
                and exists (select 1 from information_schema.columns v where v.table_schema = 'public'
                            and v.table_name = c.table_name and v.column_name = 'verified')
                and not exists (select 1 from pg_constraint k
                                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                                where k.contype = 'c' and k.conrelid = c.table_name::regclass and a.attname = c.column_name
                                and pg_get_constraintdef(k.oid) ~ '= ANY \\(ARRAY\\[|~ ''\\^\\(')
                order by 1""")) {
            String[] tableColumn = column.split("\\.");
            checks.add("""
                    select '%1$s.%2$s #' || f.id || ': ' || f."%2$s" from %1$s f
                    where f."%2$s" ~* '%3$s'""".formatted(tableColumn[0], tableColumn[1], CURATION_NOTE));
        }
        assertThat(checks).as("text columns of the fact tables").isNotEmpty();
        assertNone("fact text with notes about the curation (they belong in unverified_reason)",
                String.join("\nunion all\n", checks) + "\norder by 1");
    }

    @Test
    void everySourceHasTitlePublisherKindUrlAndDate() {
        assertNone("sources with an empty title, publisher or url", """
                select s.key from source s where %s
                and (btrim(s.title) = '' or btrim(s.publisher) = '' or btrim(s.url) = '') order by 1""".formatted(CURATED_SOURCE));
    }

    @Test
    void everySourceUrlIsHttps() {
        assertNone("sources whose url is not https", """
                select s.key || ' ' || s.url from source s where %s
                and s.url !~ '^https://[^/\\s]+\\.[^/\\s]+' order by 1""".formatted(CURATED_SOURCE));
    }

    @Test
    void noSourceIsPublishedOrAccessedAfterTheReviewDate() {
        assertNone("sources dated after the data review date, or accessed before they were published", """
                select s.key || ' published ' || s.published_on || ' accessed ' || s.accessed_on
                from source s, data_version v
                where %s and (s.published_on > v.reviewed_on or s.accessed_on > v.reviewed_on
                              or s.accessed_on < s.published_on)
                order by 1""".formatted(CURATED_SOURCE));
        assertNone("sources dated in the future", """
                select s.key from source s where %s and s.published_on > current_date order by 1""".formatted(CURATED_SOURCE));
    }

    @Test
    void enumValuesAreValid() {
        List<String> offenders = new ArrayList<>();
        offenders.addAll(invalid("drug_route", "route", Route.class));
        offenders.addAll(invalid("drug", "modality", Modality.class));
        offenders.addAll(invalid("approval", "status", ApprovalStatus.class));
        offenders.addAll(invalid("approval", "region", Region.class));
        offenders.addAll(invalid("brand", "region", Region.class));
        offenders.addAll(invalid("boxed_warning", "region", Region.class));
        offenders.addAll(invalid("condition", "code", ConditionCode.class));
        offenders.addAll(invalid("adverse_effect", "frequency", Frequency.class));
        offenders.addAll(invalid("monitoring_requirement", "phase", MonitoringPhase.class));
        offenders.addAll(invalid("source", "kind", SourceKind.class));
        offenders.addAll(invalid("target", "kind", TargetKind.class));
        offenders.addAll(invalid("drug_target", "action", TargetAction.class));
        offenders.addAll(invalidLists("approval", "severity", Severity.class));
        offenders.addAll(invalidLists("boxed_warning", "topics", BoxedWarningTopic.class));
        offenders.addAll(invalidLists("guideline_recommendation", "severity", Severity.class));
        ENUM_COLUMNS.forEach((column, type) -> {
            String[] tableColumn = column.split("\\.");
            if (!column.endsWith(".severity") && !column.endsWith(".topics")) {
                offenders.addAll(invalid(tableColumn[0], tableColumn[1] + "::text", type).stream()
                        .filter(value -> !value.endsWith(" = null")).toList());
            }
        });
        assertThat(offenders).as("values that are not constants of the GraphQL enums").isEmpty();
    }

    @Test
    void javaEnumsListExactlyTheCheckConstraintValues() {
        List<String> mismatches = new ArrayList<>();
        ENUM_COLUMNS.forEach((column, type) -> {
            String[] tableColumn = column.split("\\.");
            Set<String> allowed = checkConstraintValues(tableColumn[0], tableColumn[1]);
            Set<String> constants = new TreeSet<>(names(type));
            if (!allowed.equals(constants)) {
                mismatches.add(column + ": CHECK allows " + allowed + ", " + type.getSimpleName() + " has " + constants);
            }
        });
        assertThat(mismatches).as("enum columns whose CHECK constraint and GraphQL enum differ").isEmpty();
    }

    @Test
    void noOrphans() {
        List<String> offenders = new ArrayList<>();
        offenders.addAll(rows("""
                select 'source ' || s.key from source s where %s
                and not exists (select 1 from drug_source ds where ds.source_id = s.id)
                and not exists (select 1 from pathway p where p.source_id = s.id)
                and not exists (select 1 from guideline_recommendation r where r.source_id = s.id)
                and not exists (select 1 from efficacy_result e where e.source_id = s.id)
                and not exists (select 1 from search_alias a where a.source_id = s.id) order by 1""".formatted(CURATED_SOURCE))
                .stream().filter(row -> !REFERENCE_SOURCES.contains(row.substring("source ".length()))).toList());
        offenders.addAll(rows("""
                select 'lab_test ' || l.code from lab_test l
                where not exists (select 1 from monitoring_requirement m where m.lab_test_id = l.id) order by 1"""));
        offenders.addAll(rows("""
                select 'target ' || t.symbol from target t
                where not exists (select 1 from drug_target dt where dt.target_id = t.id)
                and not exists (select 1 from pathway_target pt where pt.target_id = t.id) order by 1"""));
        offenders.addAll(rows("""
                select 'pathway ' || p.code from pathway p
                where not exists (select 1 from pathway_target pt where pt.pathway_id = p.id) order by 1"""));
        offenders.addAll(rows("""
                select 'drug_class ' || c.name from drug_class c
                where not exists (select 1 from drug d where d.drug_class_id = c.id)
                and not exists (select 1 from drug_class k where k.parent_id = c.id) order by 1"""));
        offenders.addAll(rows("""
                select 'intervention ' || i.code from intervention i
                where not exists (select 1 from guideline_recommendation r where r.intervention_id = i.id)
                and not exists (select 1 from efficacy_result e where e.intervention_id = i.id) order by 1"""));
        assertThat(offenders).as("reference rows nothing uses (cite, monitor or link them, or delete them)").isEmpty();
    }

    @Test
    void theNameLookupHoldsExactlyTheNamesOfDrugTerm() {
        assertNone("names of drug_term and drug_name_lookup that differ (norm | rank | drug id)", NAME_LOOKUP_DIFFERENCE);
    }

    @Test
    void theNameLookupFollowsEveryChangeOfANameInItsTransaction() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.executeUpdate("""
                        insert into brand (drug_id, name, region, source_id)
                        select d.id, 'Zz-Kéy Test', 'US', b.source_id from drug d join brand b on b.drug_id = d.id
                        where d.name = 'dupilumab' limit 1""");
                assertThat(keys(statement, "zzkeytest")).containsExactly("2 dupilumab");
                statement.executeUpdate("update brand set name = 'Zz-Kéy Renamed' where name = 'Zz-Kéy Test'");
                assertThat(keys(statement, "zzkeytest")).isEmpty();
                assertThat(keys(statement, "zzkeyrenamed")).containsExactly("2 dupilumab");
                statement.executeUpdate("update drug set name = 'zz-key-inn' where name = 'tralokinumab'");
                assertThat(keys(statement, "zzkeyinn")).containsExactly("0 zz-key-inn");
                assertThat(keys(statement, "tralokinumab")).isEmpty();
                statement.executeUpdate("delete from brand where name = 'Zz-Kéy Renamed'");
                assertThat(keys(statement, "zzkeyrenamed")).isEmpty();
                assertThat(rows(statement, NAME_LOOKUP_DIFFERENCE)).as("drug_name_lookup against drug_term after the changes").isEmpty();
            } finally {
                connection.rollback();
            }
        }
    }

    private static final String NAME_LOOKUP_DIFFERENCE = """
            (select erx_norm(term) || ' | ' || case kind when 'NAME' then 0 when 'SYNONYM' then 1 else 2 end || ' | ' || drug_id
             from drug_term
             except select norm || ' | ' || rank || ' | ' || drug_id from drug_name_lookup)
            union all
            (select norm || ' | ' || rank || ' | ' || drug_id from drug_name_lookup
             except select erx_norm(term) || ' | ' || case kind when 'NAME' then 0 when 'SYNONYM' then 1 else 2 end || ' | ' || drug_id
             from drug_term)
            order by 1""";

    /** "rank drug name" for every drug_name_lookup row of this normalised name. */
    private static List<String> keys(Statement statement, String norm) throws SQLException {
        return rows(statement, "select k.rank || ' ' || d.name from drug_name_lookup k join drug d on d.id = k.drug_id where k.norm = '"
                + norm + "' order by 1");
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @Test
    void approvedRowsHaveYearAndMinimumAgeOrANoteSayingWhyNot() {
        List<String> offenders = new ArrayList<>();
        Pattern year = Pattern.compile("\\byear\\b", Pattern.CASE_INSENSITIVE);
        Pattern age = Pattern.compile("\\bage\\b", Pattern.CASE_INSENSITIVE);
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select d.name, a.region, c.code, a.year, a.minimum_age_months, coalesce(a.notes, '') as notes
                        from approval a join drug d on d.id = a.drug_id join condition c on c.id = a.condition_id
                        where a.status = 'APPROVED' and (a.year is null or a.minimum_age_months is null)
                        and %s order by 1, 2, 3""".formatted(CURATED_DRUG))) {
            while (rs.next()) {
                String row = rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
                String notes = rs.getString("notes");
                if (rs.getObject("year") == null && !year.matcher(notes).find()) {
                    offenders.add(row + ": no year and no note about the year");
                }
                if (rs.getObject("minimum_age_months") == null && !age.matcher(notes).find()) {
                    offenders.add(row + ": no minimum age and no note about the age");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(offenders).as("APPROVED rows missing year or minimum age without explanation").isEmpty();
    }

    @Test
    void offLabelAndNotApprovedRowsHaveNoMinimumAge() {
        assertNone("OFF_LABEL / NOT_APPROVED rows with a minimum age", """
                select d.name || ' ' || a.region || ' ' || a.status || ' ' || a.minimum_age_months
                from approval a join drug d on d.id = a.drug_id
                where a.status in ('OFF_LABEL', 'NOT_APPROVED') and a.minimum_age_months is not null order by 1""");
    }

    @Test
    void minimumAgesAreBetweenZeroAnd1200Months() {
        assertNone("minimum ages outside 0..1200 months", """
                select d.name || ' ' || a.region || ' ' || a.minimum_age_months
                from approval a join drug d on d.id = a.drug_id
                where a.minimum_age_months < 0 or a.minimum_age_months > 1200 order by 1""");
    }

    @Test
    void minimumAgesArePlausible() {
        // No label sets a minimum age above adulthood (18 years), and from 2 years labels count in whole years:
        // 13 for '13 years' or 240 for '20 years' would be typing slips.
        assertNone("implausible minimum ages (above 216 months, or from 24 months not a whole number of years)", """
                select d.name || ' ' || a.region || ' ' || a.minimum_age_months
                from approval a join drug d on d.id = a.drug_id
                where (a.minimum_age_months > 216 or (a.minimum_age_months >= 24 and a.minimum_age_months %% 12 <> 0))
                and %s order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void approvalYearsAreNotInTheFuture() {
        assertNone("approval years after the data review", """
                select d.name || ' ' || a.region || ' ' || a.year
                from approval a join drug d on d.id = a.drug_id, data_version v
                where a.year > extract(year from v.reviewed_on) order by 1""");
    }

    @Test
    void brandsAreUniquePerRegion() {
        assertNone("brand names used by more than one drug in a region", """
                select b.region || ' ' || erx_norm(b.name) || ': ' || string_agg(distinct d.name, ', ')
                from brand b join drug d on d.id = b.drug_id
                group by b.region, erx_norm(b.name) having count(distinct b.drug_id) > 1 order by 1""");
        assertNone("brand names repeated for one drug and region", """
                select d.name || ' ' || b.region || ' ' || erx_norm(b.name)
                from brand b join drug d on d.id = b.drug_id
                group by d.name, b.region, erx_norm(b.name) having count(*) > 1 order by 1""");
    }

    @Test
    void boxedWarningsAreUsOnly() {
        assertNone("boxed warnings outside the US (EU product information has none)", """
                select d.name || ' ' || w.region from boxed_warning w join drug d on d.id = w.drug_id
                where w.region <> 'US' order by 1""");
    }

    @Test
    void labTestsAreNotDuplicatedUnderAnotherCode() {
        assertNone("lab tests with the same name under different codes", """
                select erx_norm(name) || ': ' || string_agg(code, ', ' order by code) from lab_test
                group by erx_norm(name) having count(*) > 1 order by 1""");
    }

    @Test
    void dataVersionRowExistsAndIsCurrent() {
        List<String> versions = rows("select version || ' ' || reviewed_on || ' ' || notes from data_version");
        assertThat(versions).as("data_version rows").hasSize(1);
        LocalDate reviewed = LocalDate.parse(rows("select reviewed_on::text from data_version").get(0));
        assertThat(rows("select max(accessed_on)::text from source"))
                .as("data_version.reviewed_on should be no earlier than the last source access")
                .allSatisfy(lastAccess -> assertThat(reviewed).isAfterOrEqualTo(LocalDate.parse(lastAccess)));
    }

    // Evidence and guidance (V13 and later).

    @Test
    void everyDrugHasDosing() {
        assertNone("drugs without a dosing regimen", """
                select d.name from drug d where %s
                and not exists (select 1 from dosing_regimen x where x.drug_id = d.id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugApprovedInUsOrEuHasDosingThere() {
        assertOnlyKnownGaps("dosing", "drug x region APPROVED for a condition without a regimen for it in that region", """
                select distinct d.name || ' ' || a.region || ' ' || c.code
                from approval a join drug d on d.id = a.drug_id join condition c on c.id = a.condition_id
                where a.status = 'APPROVED' and a.region in ('US', 'EU') and %s
                and not exists (select 1 from dosing_regimen x where x.drug_id = d.id and x.region = a.region
                                and x.condition_id = a.condition_id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugHasContraindications() {
        assertOnlyKnownGaps("contraindication", "drugs without a contraindication row", """
                select d.name from drug d where %s
                and not exists (select 1 from contraindication x where x.drug_id = d.id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugHasPregnancyRowsForEachRegionItIsApprovedIn() {
        assertNone("drugs without a pregnancy row", """
                select d.name from drug d where %s
                and not exists (select 1 from reproductive_safety x where x.drug_id = d.id and x.topic = 'PREGNANCY')
                order by 1""".formatted(CURATED_DRUG));
        assertOnlyKnownGaps("pregnancy", "drug x region APPROVED in the US or EU without a pregnancy row for that region", """
                select distinct d.name || ' ' || a.region from approval a join drug d on d.id = a.drug_id
                where a.status = 'APPROVED' and a.region in ('US', 'EU') and %s
                and not exists (select 1 from reproductive_safety x where x.drug_id = d.id and x.region = a.region
                                and x.topic = 'PREGNANCY') order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyDrugHasVaccinationAdvice() {
        assertOnlyKnownGaps("vaccination", "drugs without a vaccination row", """
                select d.name from drug d where %s
                and not exists (select 1 from vaccination_advice x where x.drug_id = d.id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void everyTopicalHasUseLimits() {
        assertOnlyKnownGaps("use_limit", "topical drugs without a limit of use", """
                select d.name from drug d where %s
                and exists (select 1 from drug_route r where r.drug_id = d.id and r.route = 'TOPICAL')
                and not exists (select 1 from use_limit x where x.drug_id = d.id) order by 1""".formatted(CURATED_DRUG));
    }

    @Test
    void recommendationsCiteGuidelinesAndEfficacyResultsCiteReviews() {
        assertNone("recommendations citing a source that is not a guideline", """
                select r.guideline || ' #' || r.id || ' cites ' || s.key || ' (' || s.kind || ')'
                from guideline_recommendation r join source s on s.id = r.source_id where s.kind <> 'GUIDELINE' order by 1""");
        assertNone("efficacy results citing a source that is not a systematic review or article", """
                select 'efficacy_result #' || e.id || ' cites ' || s.key || ' (' || s.kind || ')'
                from efficacy_result e join source s on s.id = e.source_id
                where s.kind not in ('SYSTEMATIC_REVIEW', 'ARTICLE') order by 1""");
    }

    @Test
    void efficacyResultsReportAnEffectOrARankingGroup() {
        assertNone("efficacy results with neither an effect nor a ranking group (what does the review state?)", """
                select i.code || ' ' || e.outcome || ' #' || e.id from efficacy_result e join intervention i on i.id = e.intervention_id
                where e.effect is null and e.ranking_group is null and btrim(e.summary) = '' order by 1""");
    }

    @Test
    void interventionsAreAboutWhatTheirKindSays() {
        assertNone("DRUG interventions whose drug is a test row, or non-drug interventions named like a drug", """
                select i.code from intervention i
                where i.kind in ('PHOTOTHERAPY', 'OTHER') and exists (select 1 from drug d where erx_norm(d.name) = erx_norm(i.name))
                order by 1""");
    }

    @Test
    void dosingRangesAreOrdered() {
        assertNone("regimens whose age or weight band is empty or reversed", """
                select d.name || ' ' || r.region || ' ' || r.population from dosing_regimen r join drug d on d.id = r.drug_id
                where r.minimum_age_months > r.maximum_age_months or r.minimum_weight_kg >= r.maximum_weight_kg
                   or r.minimum_weight_kg <= 0 order by 1""");
    }

    @Test
    void interactionsDoNotLinkADrugToItself() {
        assertNone("interactions of a drug with itself", """
                select d.name || ' #' || i.id from drug_interaction i join drug d on d.id = i.drug_id
                where i.interacting_drug_id = i.drug_id order by 1""");
    }

    @Test
    void approvalWeightsArePlausible() {
        assertNone("approval minimum weights outside 1..150 kg", """
                select d.name || ' ' || a.region || ' ' || a.minimum_weight_kg from approval a join drug d on d.id = a.drug_id
                where a.minimum_weight_kg is not null and (a.minimum_weight_kg < 1 or a.minimum_weight_kg > 150) order by 1""");
    }

    /** The values a CHECK constraint allows for a column: an {@code in (...)} list or a comma-list regular expression. */
    private static Set<String> checkConstraintValues(String table, String column) {
        Set<String> values = new TreeSet<>();
        Pattern inList = Pattern.compile("\\(\\(?" + column + "\\)? = ANY \\(ARRAY\\[([^\\]]*)\\]");
        Pattern regexList = Pattern.compile("\\(?" + column + "\\)? ~ '\\^\\(+([A-Z0-9_|]+)\\)");
        for (String definition : rows("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                where c.contype = 'c' and c.conrelid = '%s'::regclass order by 1""".formatted(table))) {
            Matcher in = inList.matcher(definition);
            if (in.find()) {
                Matcher literal = Pattern.compile("'([^']*)'").matcher(in.group(1));
                while (literal.find()) {
                    values.add(literal.group(1));
                }
            }
            Matcher regex = regexList.matcher(definition);
            if (regex.find()) {
                values.addAll(Arrays.asList(regex.group(1).split("\\|")));
            }
        }
        return values;
    }

    private static void assertOnlyKnownGaps(String check, String description, String sql) {
        List<String> found = rows(sql).stream().map(row -> check + ": " + row).toList();
        List<String> known = KNOWN_GAPS.keySet().stream().filter(key -> key.startsWith(check + ": ")).sorted().toList();
        assertThat(found).as(description + " (not a documented gap in KNOWN_GAPS)").isSubsetOf(known);
        assertThat(known).as("KNOWN_GAPS entries of '" + check + "' that are no longer gaps: remove them").isSubsetOf(found);
    }

    private static void assertNone(String description, String sql) {
        assertThat(rows(sql)).as(description).isEmpty();
    }

    private static List<String> invalid(String table, String column, Class<? extends Enum<?>> type) {
        Set<String> allowed = names(type);
        return rows("select distinct %2$s from %1$s order by 1".formatted(table, column)).stream()
                .filter(value -> !allowed.contains(value))
                .map(value -> table + "." + column + " = " + value)
                .toList();
    }

    private static List<String> invalidLists(String table, String column, Class<? extends Enum<?>> type) {
        Set<String> allowed = names(type);
        return rows("select distinct %2$s from %1$s where %2$s <> '' order by 1".formatted(table, column)).stream()
                .filter(value -> !Arrays.stream(value.split(",")).allMatch(allowed::contains))
                .map(value -> table + "." + column + " = " + value)
                .toList();
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    static List<String> rows(String sql) {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
