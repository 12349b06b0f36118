package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("The group a network meta-analysis places an intervention in for an outcome, as the review reports it.")
public enum RankingGroup {
    @Description("The most effective.")
    MOST_EFFECTIVE,
    @Description("Among the most effective.")
    AMONG_MOST_EFFECTIVE,
    @Description("Intermediate effectiveness.")
    INTERMEDIATE,
    @Description("Among the least effective.")
    AMONG_LEAST_EFFECTIVE,
    @Description("The least effective.")
    LEAST_EFFECTIVE,
    @Description("Not different from the comparator.")
    NOT_DIFFERENT_FROM_COMPARATOR
}
