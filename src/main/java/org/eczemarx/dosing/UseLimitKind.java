package org.eczemarx.dosing;

import org.eclipse.microprofile.graphql.Description;

@Description("What a limit of use restricts.")
public enum UseLimitKind {
    @Description("Longest continuous use.")
    MAX_DURATION,
    @Description("Largest amount per day or week.")
    MAX_AMOUNT,
    @Description("Largest treated body surface area.")
    MAX_BODY_SURFACE_AREA,
    @Description("Use under occlusive dressings.")
    OCCLUSION,
    @Description("Sites of application to avoid or treat with care (face, skin folds, eyes ...).")
    SITE,
    @Description("How a course is given (intermittent use, stop when clear, short courses only).")
    TREATMENT_COURSE
}
