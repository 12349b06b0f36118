package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("The age group a recommendation is about.")
public enum AgeGroup {
    @Description("Adults.")
    ADULTS,
    @Description("Children.")
    CHILDREN,
    @Description("Adolescents.")
    ADOLESCENTS,
    @Description("Children and adolescents.")
    CHILDREN_AND_ADOLESCENTS,
    @Description("All ages, or age not restricted.")
    ALL_AGES
}
