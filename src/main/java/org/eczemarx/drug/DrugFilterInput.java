package org.eczemarx.drug;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eczemarx.approval.ApprovalStatus;
import org.eczemarx.approval.ConditionCode;
import org.eczemarx.approval.LineOfTherapy;
import org.eczemarx.approval.Region;
import org.eczemarx.evidence.RecommendedByInput;
import org.eczemarx.safety.ContraindicationFilterInput;

/** Criteria for the drugs connection; every criterion given must hold. */
@Input("DrugFilter")
@Description("Criteria for `drugs`; all given criteria must hold. Names are matched ignoring case, accents, spaces and hyphens; when no drug matches, a class, target, pathway or lab test name that names nothing is NOT_FOUND (a typo is not an answer).")
public class DrugFilterInput {

    @Description("A drug class by name; drugs of its subclasses match too (\"JAK inhibitors\" includes oral and topical).")
    public String drugClass;

    @Description("A target by HGNC symbol or alias (\"IL4R\", \"IL-4Rα\").")
    public String target;

    @Description("An immune pathway by code or name (\"JAK_STAT\").")
    public String pathway;

    @Description("A route the drug is given by.")
    public Route route;

    @Description("The kind of medicine.")
    public Modality modality;

    @Description("Region of an approval row that must exist (with `approvalStatus`, `condition`, `ageMonths`, `weightKg`).")
    public Region region;

    @Description("Status of an approval row that must exist.")
    public ApprovalStatus approvalStatus;

    @Description("Condition of an approval row that must exist.")
    public ConditionCode condition;

    @Description("Age of a patient in months: the drug must be APPROVED at that age (in `region` and for `condition` when given). An approval whose label states no minimum age counts from 216 months (18 years): for children its age range is not recorded. Age only: give `weightKg` too for approvals that also set a minimum weight (e.g. 40 kg for adolescents).")
    public Integer ageMonths;

    @Description("Body weight of a patient in kg: the drug must be APPROVED for that weight (an approval's `minimumWeightKg`, none when null; in `region`, for `condition` and at `ageMonths` when given), e.g. `{ageMonths: 144, weightKg: 35}` for a 12-year-old of 35 kg.")
    public Double weightKg;

    @Description("Line of therapy of an approval row that must exist (in `region` and for `condition` when given).")
    public LineOfTherapy lineOfTherapy;

    @Description("True: only drugs with a boxed warning (in `region` when given); false: only drugs without one.")
    public Boolean hasBoxedWarning;

    @Description("A lab test by code or name that the drug must require (\"LIPID_PANEL\", \"tuberculosis screening\").")
    public String requiresLabTest;

    @Description("Only drugs whose labels advise against use in this population (\"contraindicated in pregnancy in the EU\").")
    public ContraindicationFilterInput contraindicatedIn;

    @Description("Only drugs whose labels do not advise against use in this population (at the given strictness and region).")
    public ContraindicationFilterInput notContraindicatedIn;

    @Description("Only drugs a guideline recommends (for, unless `direction` says otherwise), directly or through their class.")
    public RecommendedByInput recommendedBy;

    @Description("Free text matched against names, synonyms, brands and class names.")
    public String text;
}
