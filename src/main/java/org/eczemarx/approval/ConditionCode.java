package org.eczemarx.approval;

import org.eclipse.microprofile.graphql.Description;

@Description("Conditions the knowledge base records approvals for.")
public enum ConditionCode {
    @Description("Atopic dermatitis (atopic eczema).")
    ATOPIC_DERMATITIS,
    @Description("Chronic hand eczema.")
    CHRONIC_HAND_ECZEMA,
    @Description("Prurigo nodularis.")
    PRURIGO_NODULARIS
}
