package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("What a guideline or review grades: a drug, a class of drugs, or a treatment that is not a drug.")
public enum InterventionKind {
    @Description("One drug of the knowledge base (`drug` is set).")
    DRUG,
    @Description("A class of drugs, e.g. topical corticosteroids (`drugClass` is set).")
    DRUG_CLASS,
    @Description("Phototherapy (narrow-band UVB, UVA1 ...): a treatment, not a drug.")
    PHOTOTHERAPY,
    @Description("Another treatment that is not a drug of the knowledge base (bleach baths, emollients, wet wraps ...).")
    OTHER
}
