package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("When an outcome is measured, as the review groups time points.")
public enum TimePoint {
    @Description("Short term (typically up to about 16 weeks; `timePointDetail` says what the review means).")
    SHORT_TERM,
    @Description("Long term (typically 16 weeks or more; `timePointDetail` says what the review means).")
    LONG_TERM
}
