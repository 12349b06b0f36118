package org.eczemarx.dosing;

import org.eclipse.microprofile.graphql.Description;

@Description("The unit of a limit's value.")
public enum UseLimitUnit {
    @Description("Days.")
    DAYS,
    @Description("Weeks.")
    WEEKS,
    @Description("Months.")
    MONTHS,
    @Description("Grams per week.")
    GRAMS_PER_WEEK,
    @Description("Grams per day.")
    GRAMS_PER_DAY,
    @Description("Percent of body surface area.")
    PERCENT_BSA,
    @Description("Applications per day.")
    APPLICATIONS_PER_DAY
}
