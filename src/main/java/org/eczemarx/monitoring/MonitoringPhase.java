package org.eczemarx.monitoring;

import org.eclipse.microprofile.graphql.Description;

@Description("When a check is done.")
public enum MonitoringPhase {
    @Description("Before starting treatment.")
    BASELINE,
    @Description("During treatment, at the stated timing.")
    FOLLOW_UP,
    @Description("Only when clinically indicated.")
    AS_INDICATED
}
