package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;

@Description("What a label says about vaccination before or during treatment.")
public enum VaccinationAdviceKind {
    @Description("Avoid live (attenuated) vaccines during treatment.")
    AVOID_LIVE_VACCINES,
    @Description("Complete age-appropriate vaccinations before starting treatment.")
    COMPLETE_BEFORE_START,
    @Description("Non-live (inactivated) vaccines may be given during treatment.")
    NON_LIVE_VACCINES_ALLOWED,
    @Description("The response to vaccines may be reduced.")
    REDUCED_RESPONSE,
    @Description("The label sets no restriction on vaccination.")
    NO_RESTRICTION
}
