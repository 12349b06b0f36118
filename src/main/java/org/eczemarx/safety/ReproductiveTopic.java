package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;

@Description("A topic of reproductive safety.")
public enum ReproductiveTopic {
    @Description("Use during pregnancy.")
    PREGNANCY,
    @Description("Use while breastfeeding.")
    BREASTFEEDING,
    @Description("Contraception during and after treatment.")
    CONTRACEPTION,
    @Description("Effects on fertility.")
    FERTILITY
}
