package org.eczemarx.approval;

import org.eclipse.microprofile.graphql.Description;

@Description("Disease severity an approval covers.")
public enum Severity {
    @Description("Mild disease.")
    MILD,
    @Description("Moderate disease.")
    MODERATE,
    @Description("Severe disease.")
    SEVERE
}
