package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;

@Description("A kind of risk-management programme or regulatory restriction of use.")
public enum RiskProgramKind {
    @Description("A US Risk Evaluation and Mitigation Strategy.")
    REMS,
    @Description("A pregnancy prevention programme.")
    PREGNANCY_PREVENTION_PROGRAMME,
    @Description("A regulatory restriction of use (e.g. the EU measures for JAK inhibitors).")
    RESTRICTED_USE,
    @Description("Educational materials for prescribers or patients.")
    EDUCATIONAL_MATERIALS,
    @Description("A patient alert card.")
    PATIENT_CARD
}
