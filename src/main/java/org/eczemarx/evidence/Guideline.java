package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("A clinical practice guideline whose recommendations are recorded.")
public enum Guideline {
    @Description("American Academy of Dermatology guidelines of care for atopic dermatitis in adults with topical therapies (2023).")
    AAD_2023_TOPICAL,
    @Description("American Academy of Dermatology guidelines of care for atopic dermatitis in adults with phototherapy and systemic therapies (2023).")
    AAD_2023_SYSTEMIC,
    @Description("American Academy of Dermatology focused update of the guidelines of care for atopic dermatitis in adults (2025): tapinarof, roflumilast, lebrikizumab and nemolizumab.")
    AAD_2025_FOCUSED_UPDATE,
    @Description("EuroGuiDerm guideline on atopic eczema (2022).")
    EUROGUIDERM_2022,
    @Description("EuroGuiDerm guideline on atopic eczema, living update (2025).")
    EUROGUIDERM_2025
}
