package org.eczemarx.target;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of molecule a target is.")
public enum TargetKind {
    @Description("A signalling protein (interleukin).")
    CYTOKINE,
    @Description("A receptor chain for cytokines.")
    CYTOKINE_RECEPTOR,
    @Description("A protein kinase.")
    KINASE,
    @Description("An enzyme other than a kinase or phosphatase.")
    ENZYME,
    @Description("A protein phosphatase.")
    PHOSPHATASE,
    @Description("A ligand-activated nuclear receptor.")
    NUCLEAR_RECEPTOR,
    @Description("A transcription factor.")
    TRANSCRIPTION_FACTOR,
    @Description("Another protein.")
    OTHER
}
