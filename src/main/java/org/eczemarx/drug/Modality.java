package org.eczemarx.drug;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of medicine a drug is.")
public enum Modality {
    @Description("A small, chemically synthesised molecule.")
    SMALL_MOLECULE,
    @Description("A monoclonal antibody.")
    MONOCLONAL_ANTIBODY,
    @Description("Another biological medicine.")
    OTHER_BIOLOGIC
}
