package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;

@Description("Topics of a boxed warning.")
public enum BoxedWarningTopic {
    @Description("Serious infections.")
    SERIOUS_INFECTIONS,
    @Description("Increased mortality.")
    MORTALITY,
    @Description("Malignancies, including lymphoma and skin cancer.")
    MALIGNANCY,
    @Description("Major adverse cardiovascular events (MACE).")
    MAJOR_ADVERSE_CARDIOVASCULAR_EVENTS,
    @Description("Thrombosis, including pulmonary embolism.")
    THROMBOSIS,
    @Description("Kidney toxicity.")
    NEPHROTOXICITY,
    @Description("High blood pressure.")
    HYPERTENSION,
    @Description("Bone marrow suppression.")
    BONE_MARROW_SUPPRESSION,
    @Description("Liver toxicity.")
    HEPATOTOXICITY,
    @Description("Harm to an unborn baby.")
    EMBRYO_FETAL_TOXICITY,
    @Description("Serious toxic reactions, including death.")
    SERIOUS_TOXIC_REACTIONS,
    @Description("Lung toxicity.")
    PULMONARY_TOXICITY,
    @Description("Gastrointestinal toxicity.")
    GASTROINTESTINAL_TOXICITY,
    @Description("Severe skin reactions.")
    DERMATOLOGIC_REACTIONS,
    @Description("Should be prescribed only by experienced physicians.")
    SPECIALIST_SUPERVISION,
    @Description("Serious hypersensitivity reactions, including anaphylaxis.")
    HYPERSENSITIVITY,
    @Description("Medication errors, e.g. daily instead of weekly dosing.")
    MEDICATION_ERRORS
}
