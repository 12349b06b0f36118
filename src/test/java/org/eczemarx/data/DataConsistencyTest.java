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
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eczemarx.approval.ApprovalStatus;
import org.eczemarx.approval.ConditionCode;
import org.eczemarx.approval.Region;
import org.eczemarx.approval.Severity;
import org.eczemarx.drug.Modality;
import org.eczemarx.drug.Route;
import org.eczemarx.monitoring.MonitoringPhase;
import org.eczemarx.safety.BoxedWarningTopic;
import org.eczemarx.safety.Frequency;
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
            "approval", "boxed_warning", "adverse_effect", "monitoring_requirement");

    private static final String CURATED_DRUG = "d.name !~ '^(test-|zz-)'";
    private static final String CURATED_SOURCE = "s.key !~ '^(test-|zz-)'";

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
        assertThat(offenders).as("values that are not constants of the GraphQL enums").isEmpty();
    }

    @Test
    void noOrphans() {
        List<String> offenders = new ArrayList<>();
        offenders.addAll(rows("""
                select 'source ' || s.key from source s where %s
                and not exists (select 1 from drug_source ds where ds.source_id = s.id)
                and not exists (select 1 from pathway p where p.source_id = s.id)
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
        assertThat(offenders).as("reference rows nothing uses (cite, monitor or link them, or delete them)").isEmpty();
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
