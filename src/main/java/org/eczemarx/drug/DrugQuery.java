package org.eczemarx.drug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.approval.ApprovalStatus;

/**
 * The SQL condition for a {@link DrugFilterInput} over {@code drug d}, with its bound parameters. Every value is a
 * parameter; only fixed fragments of SQL are concatenated.
 */
public record DrugQuery(String where, Map<String, Object> parameters) {

    public static DrugQuery of(DrugFilterInput filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter == null) {
            return new DrugQuery("true", parameters);
        }
        if (filter.drugClass != null) {
            conditions.add("""
                    d.drug_class_id in (
                      with recursive tree(id) as (
                        select id from drug_class where erx_norm(name) = erx_norm(:drugClass)
                        union select c.id from drug_class c join tree t on c.parent_id = t.id)
                      select id from tree)""");
            parameters.put("drugClass", filter.drugClass);
        }
        if (filter.target != null) {
            conditions.add("""
                    exists (select 1 from drug_target dt join target t on t.id = dt.target_id
                            where dt.drug_id = d.id and (erx_norm(t.symbol) = erx_norm(:target)
                              or exists (select 1 from target_alias a where a.target_id = t.id and erx_norm(a.alias) = erx_norm(:target))))""");
            parameters.put("target", filter.target);
        }
        if (filter.pathway != null) {
            conditions.add("""
                    exists (select 1 from drug_target dt join pathway_target pt on pt.target_id = dt.target_id
                            join pathway p on p.id = pt.pathway_id
                            where dt.drug_id = d.id and (erx_norm(p.code) = erx_norm(:pathway) or erx_norm(p.name) = erx_norm(:pathway)))""");
            parameters.put("pathway", filter.pathway);
        }
        if (filter.route != null) {
            conditions.add("exists (select 1 from drug_route r where r.drug_id = d.id and r.route = :route)");
            parameters.put("route", filter.route.name());
        }
        if (filter.modality != null) {
            conditions.add("d.modality = :modality");
            parameters.put("modality", filter.modality.name());
        }
        if (filter.region != null || filter.approvalStatus != null || filter.condition != null || filter.ageMonths != null) {
            StringBuilder approval = new StringBuilder(
                    "exists (select 1 from approval a join condition c on c.id = a.condition_id where a.drug_id = d.id");
            if (filter.region != null) {
                approval.append(" and a.region = :region");
                parameters.put("region", filter.region.name());
            }
            ApprovalStatus status = filter.ageMonths != null && filter.approvalStatus == null ? ApprovalStatus.APPROVED
                    : filter.approvalStatus;
            if (status != null) {
                approval.append(" and a.status = :status");
                parameters.put("status", status.name());
            }
            if (filter.condition != null) {
                approval.append(" and c.code = :condition");
                parameters.put("condition", filter.condition.name());
            }
            if (filter.ageMonths != null) {
                approval.append(" and a.minimum_age_months <= :ageMonths");
                parameters.put("ageMonths", filter.ageMonths);
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
                            where m.drug_id = d.id and (erx_norm(l.code) = erx_norm(:labTest) or erx_norm(l.name) = erx_norm(:labTest)))""");
            parameters.put("labTest", filter.requiresLabTest);
        }
        if (filter.text != null && !filter.text.isBlank()) {
            conditions.add("""
                    (exists (select 1 from drug_term dt where dt.drug_id = d.id and erx_norm(dt.term) like '%' || erx_norm(:text) || '%')
                     or exists (select 1 from drug_class c where c.id = d.drug_class_id and erx_norm(c.name) like '%' || erx_norm(:text) || '%'))""");
            parameters.put("text", filter.text);
        }
        return new DrugQuery(conditions.isEmpty() ? "true" : String.join(" and ", conditions), parameters);
    }
}
