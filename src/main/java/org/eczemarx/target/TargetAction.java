package org.eczemarx.target;

import org.eclipse.microprofile.graphql.Description;

@Description("How a drug acts on a target (ChEMBL action types).")
public enum TargetAction {
    @Description("Inhibits the target's activity.")
    INHIBITOR,
    @Description("Blocks a receptor.")
    ANTAGONIST,
    @Description("Activates a receptor.")
    AGONIST,
    @Description("Binds the target and neutralises it (e.g. an antibody against a cytokine).")
    BINDING_AGENT,
    @Description("Modulates the target's activity.")
    MODULATOR
}
