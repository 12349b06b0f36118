package org.eczemarx.approval;

import org.eclipse.microprofile.graphql.Description;

@Description("A regulator's decision for one condition.")
public enum ApprovalStatus {
    @Description("Authorised for this condition.")
    APPROVED,
    @Description("Not authorised for this condition but used, as described in guidelines.")
    OFF_LABEL,
    @Description("Not authorised for this condition in this region.")
    NOT_APPROVED,
    @Description("Was authorised, then withdrawn.")
    WITHDRAWN,
    @Description("Under clinical investigation for this condition.")
    INVESTIGATIONAL
}
