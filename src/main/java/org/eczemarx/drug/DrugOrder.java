package org.eczemarx.drug;

import org.eclipse.microprofile.graphql.Description;

@Description("Orders for the drugs connection; every order ends with a unique tie-breaker, so paging is stable.")
public enum DrugOrder {
    @Description("By name, A to Z.")
    NAME_ASC,
    @Description("By name, Z to A.")
    NAME_DESC,
    @Description("Most recently reviewed first, then by name.")
    LAST_REVIEWED_DESC
}
