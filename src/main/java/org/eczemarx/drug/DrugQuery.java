package org.eczemarx.drug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.approval.ApprovalStatus;
import org.eczemarx.error.ApiException;
import org.eczemarx.evidence.EvidenceRepository;
import org.eczemarx.evidence.RecommendedByInput;
import org.eczemarx.safety.ContraindicationFilterInput;
import org.eczemarx.safety.ContraindicationPopulation;
import org.eczemarx.safety.ContraindicationSeverity;
import org.eczemarx.safety.ReproductiveGuidance;

/**
 * The SQL condition for a {@link DrugFilterInput} over {@code drug d}, with its bound parameters. Every value is a
 * parameter; only fixed fragments of SQL are concatenated.
 */
public record DrugQuery(String where, Map<String, Object> parameters, List<Name> names) {

    /**
     * A name the filter looks up (a class, target, pathway or lab test), with the SQL that finds its row: a filter that
     * matches no drug is checked for names that name nothing, so a typo is NOT_FOUND rather than a medical "none".
     *
     * @param parameter the parameter holding the name
     * @param exists    SQL that selects a row when the name is known
     * @param unknown   the message when it is not
     */
    public record Name(String parameter, String exists, String unknown) {
    }

    // How each name of a filter finds its rows: the filter's condition and the check of an unknown name use the same.
    private static final String CLASS_NAMED = "from drug_class where erx_norm(name) = erx_norm(:drugClass)";
    private static final String TARGET_NAMED = "(erx_norm(t.symbol) = erx_norm(:target)"
            + " or exists (select 1 from target_alias a where a.target_id = t.id and erx_norm(a.alias) = erx_norm(:target)))";
    private static final String PATHWAY_NAMED = "(erx_norm(p.code) = erx_norm(:pathway) or erx_norm(p.name) = erx_norm(:pathway))";
    private static final String LAB_TEST_NAMED = "(erx_norm(l.code) = erx_norm(:labTest) or erx_norm(l.name) = erx_norm(:labTest))";

    /** 18 years: the age from which an approval whose label states no minimum age applies. */
    static final int ADULT_MONTHS = 216;

    public static DrugQuery of(DrugFilterInput filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        List<Name> names = new ArrayList<>();
        if (filter == null) {
            return new DrugQuery("true", parameters, names);
        }
        if (filter.drugClass != null) {
            conditions.add("""
                    d.drug_class_id in (
                      with recursive tree(id) as (
                        select id %s
                        union select c.id from drug_class c join tree t on c.parent_id = t.id)
                      select id from tree)""".formatted(CLASS_NAMED));
            parameters.put("drugClass", filter.drugClass);
            names.add(new Name("drugClass", "select 1 " + CLASS_NAMED,
                    "No drug class named '" + filter.drugClass + "': `drugClasses` lists them (\"JAK inhibitors\", \"topical corticosteroids\")"));
        }
        if (filter.target != null) {
            conditions.add("exists (select 1 from drug_target dt join target t on t.id = dt.target_id where dt.drug_id = d.id and "
                    + TARGET_NAMED + ")");
            parameters.put("target", filter.target);
            names.add(new Name("target", "select 1 from target t where " + TARGET_NAMED,
                    "No target with the symbol or alias '" + filter.target + "': `targets` lists them (\"IL4R\", \"JAK1\")"));
        }
        if (filter.pathway != null) {
            conditions.add("""
                    exists (select 1 from drug_target dt join pathway_target pt on pt.target_id = dt.target_id
                            join pathway p on p.id = pt.pathway_id
                            where dt.drug_id = d.id and %s)""".formatted(PATHWAY_NAMED));
            parameters.put("pathway", filter.pathway);
            names.add(new Name("pathway", "select 1 from pathway p where " + PATHWAY_NAMED,
                    "No pathway with the code or name '" + filter.pathway + "': `pathways` lists them (\"JAK_STAT\")"));
        }
        if (filter.route != null) {
            conditions.add("exists (select 1 from drug_route r where r.drug_id = d.id and r.route = :route)");
            parameters.put("route", filter.route.name());
        }
        if (filter.modality != null) {
            conditions.add("d.modality = :modality");
            parameters.put("modality", filter.modality.name());
        }
        if (filter.region != null || filter.approvalStatus != null || filter.condition != null || filter.ageMonths != null
                || filter.weightKg != null || filter.lineOfTherapy != null) {
            StringBuilder approval = new StringBuilder(
                    "exists (select 1 from approval a join condition c on c.id = a.condition_id where a.drug_id = d.id");
            if (filter.region != null) {
                approval.append(" and a.region = :region");
                parameters.put("region", filter.region.name());
            }
            boolean patient = filter.ageMonths != null || filter.weightKg != null;
            ApprovalStatus status = patient && filter.approvalStatus == null ? ApprovalStatus.APPROVED : filter.approvalStatus;
            if (status != null) {
                approval.append(" and a.status = :status");
                parameters.put("status", status.name());
            }
            if (filter.condition != null) {
                approval.append(" and c.code = :condition");
                parameters.put("condition", filter.condition.name());
            }
            if (filter.ageMonths != null) {
                if (filter.ageMonths < 0) {
                    throw ApiException.badInput("`filter.ageMonths` must be 0 or more, got " + filter.ageMonths);
                }
                // a label that states no minimum age covers adults; for a child its age range is not recorded
                approval.append(" and (a.minimum_age_months <= :ageMonths or a.minimum_age_months is null and :ageMonths >= "
                        + ADULT_MONTHS + ")");
                parameters.put("ageMonths", filter.ageMonths);
            }
            if (filter.weightKg != null) {
                if (!(filter.weightKg > 0 && filter.weightKg <= 1000)) {
                    throw ApiException.badInput("`filter.weightKg` must be more than 0 and at most 1000, got " + filter.weightKg);
                }
                approval.append(" and (a.minimum_weight_kg is null or a.minimum_weight_kg <= :weightKg)");
                parameters.put("weightKg", filter.weightKg);
            }
            if (filter.lineOfTherapy != null) {
                approval.append(" and a.line_of_therapy = :lineOfTherapy");
                parameters.put("lineOfTherapy", filter.lineOfTherapy.name());
            }
            conditions.add(approval.append(")").toString());
        }
        if (filter.hasBoxedWarning != null) {
            String exists = "exists (select 1 from boxed_warning b where b.drug_id = d.id"
                    + (filter.region != null ? " and b.region = :region" : "") + ")";
            if (filter.region != null) {
                parameters.put("region", filter.region.name());
            }
            conditions.add(filter.hasBoxedWarning ? exists : "not " + exists);
        }
        if (filter.requiresLabTest != null) {
            conditions.add("""
                    exists (select 1 from monitoring_requirement m join lab_test l on l.id = m.lab_test_id
                            where m.drug_id = d.id and %s)""".formatted(LAB_TEST_NAMED));
            parameters.put("labTest", filter.requiresLabTest);
            names.add(new Name("labTest", "select 1 from lab_test l where " + LAB_TEST_NAMED,
                    "No lab test with the code or name '" + filter.requiresLabTest + "': `labTests` lists them (\"TB_SCREENING\", \"CBC\")"));
        }
        if (filter.contraindicatedIn != null) {
            conditions.add(contraindicated(filter.contraindicatedIn, "ci", parameters));
        }
        if (filter.notContraindicatedIn != null) {
            conditions.add("not " + contraindicated(filter.notContraindicatedIn, "nci", parameters));
        }
        if (filter.recommendedBy != null) {
            conditions.add(recommended(filter.recommendedBy, parameters));
        }
        if (filter.text != null && !filter.text.isBlank()) {
            if (filter.text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                // names are compared by their letters and digits alone: "%" or "!!!" would match every drug
                throw ApiException.badInput("`filter.text` must contain a letter or digit, got \"" + filter.text.strip() + "\"");
            }
            conditions.add("""
                    (exists (select 1 from drug_term dt where dt.drug_id = d.id and erx_norm(dt.term) like '%' || erx_norm(:text) || '%')
                     or exists (select 1 from drug_class c where c.id = d.drug_class_id and erx_norm(c.name) like '%' || erx_norm(:text) || '%'))""");
            parameters.put("text", filter.text);
        }
        return new DrugQuery(conditions.isEmpty() ? "true" : String.join(" and ", conditions), parameters, names);
    }

    /**
     * A contraindication row, or for pregnancy and breastfeeding a reproductive-safety row, or for live vaccines a
     * vaccination row that says to avoid them (as not recommended), at least this strict.
     */
    private static String contraindicated(ContraindicationFilterInput input, String prefix, Map<String, Object> parameters) {
        ContraindicationSeverity severity = input.severityOrDefault();
        String region = input.region == null ? "" : " and x.region = :" + prefix + "Region";
        if (input.region != null) {
            parameters.put(prefix + "Region", input.region.name());
        }
        parameters.put(prefix + "Population", input.population.name());
        parameters.put(prefix + "Severities", ContraindicationSeverity.atLeast(severity));
        String sql = "(exists (select 1 from contraindication x where x.drug_id = d.id and x.population = :" + prefix
                + "Population and x.severity in (:" + prefix + "Severities)" + region + ")";
        if (input.population == ContraindicationPopulation.PREGNANCY || input.population == ContraindicationPopulation.BREASTFEEDING) {
            parameters.put(prefix + "Guidance", ReproductiveGuidance.atLeast(severity));
            sql += " or exists (select 1 from reproductive_safety x where x.drug_id = d.id and x.topic = :" + prefix
                    + "Population and x.guidance in (:" + prefix + "Guidance)" + region + ")";
        }
        if (input.population == ContraindicationPopulation.LIVE_VACCINES
                && severity.ordinal() >= ContraindicationSeverity.NOT_RECOMMENDED.ordinal()) {
            sql += " or exists (select 1 from vaccination_advice x where x.drug_id = d.id and x.kind = 'AVOID_LIVE_VACCINES'" + region + ")";
        }
        return sql + ")";
    }

    private static String recommended(RecommendedByInput input, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder("""
                exists (select 1 from guideline_recommendation r join intervention i on i.id = r.intervention_id\swhere\s""")
                .append(EvidenceRepository.interventionIsAbout("d", !Boolean.FALSE.equals(input.includeClasses)));
        sql.append(" and r.direction = :rbDirection");
        parameters.put("rbDirection", input.direction == null ? "FOR" : input.direction.name());
        if (input.guideline != null) {
            sql.append(" and r.guideline = :rbGuideline");
            parameters.put("rbGuideline", input.guideline.name());
        }
        if (input.strength != null) {
            sql.append(" and r.strength = :rbStrength");
            parameters.put("rbStrength", input.strength.name());
        }
        if (input.ageGroup != null) {
            sql.append(" and r.age_group = :rbAgeGroup");
            parameters.put("rbAgeGroup", input.ageGroup.name());
        }
        return sql.append(")").toString();
    }
}
