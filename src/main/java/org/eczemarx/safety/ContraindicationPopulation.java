package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;

@Description("The people or circumstance a contraindication or caution is about.")
public enum ContraindicationPopulation {
    @Description("Hypersensitivity to the drug or an excipient.")
    HYPERSENSITIVITY,
    @Description("Pregnancy.")
    PREGNANCY,
    @Description("Breastfeeding.")
    BREASTFEEDING,
    @Description("Active serious infection.")
    ACTIVE_INFECTION,
    @Description("Active (or untreated latent) tuberculosis.")
    TUBERCULOSIS,
    @Description("Liver impairment.")
    HEPATIC_IMPAIRMENT,
    @Description("Kidney impairment.")
    RENAL_IMPAIRMENT,
    @Description("Low blood counts (neutrophils, lymphocytes, haemoglobin, platelets).")
    CYTOPENIA,
    @Description("Immunodeficiency.")
    IMMUNODEFICIENCY,
    @Description("Current or past malignancy.")
    MALIGNANCY,
    @Description("Cardiovascular disease or risk factors.")
    CARDIOVASCULAR_RISK,
    @Description("Risk factors for thrombosis (venous thromboembolism).")
    THROMBOSIS_RISK,
    @Description("Uncontrolled high blood pressure.")
    UNCONTROLLED_HYPERTENSION,
    @Description("Live vaccines.")
    LIVE_VACCINES,
    @Description("Alcohol use or alcoholism.")
    ALCOHOL,
    @Description("Children.")
    CHILDREN,
    @Description("Older adults (65 years and over).")
    OLDER_ADULTS,
    @Description("Use with an interacting drug, named in the description.")
    INTERACTING_DRUG,
    @Description("Another population, named in the description.")
    OTHER
}
