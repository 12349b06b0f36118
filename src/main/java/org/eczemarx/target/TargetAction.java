package org.eczemarx.target;

import org.eclipse.microprofile.graphql.Description;

@Description("How a drug acts on a target (ChEMBL action types).")
public enum TargetAction {
    @Description("Inhibits the target's activity.")
    INHIBITOR,
    @Description("Blocks a receptor, or binds a cytokine and keeps it from its receptor (the US labels' class for the anti-IL-13 antibodies: \"interleukin-13 antagonist\").")
    ANTAGONIST,
    @Description("Activates a receptor.")
    AGONIST,
    @Description("Binds the target as a step of its action, without inhibiting or blocking it itself (tacrolimus, pimecrolimus and ciclosporin bind an immunophilin; the complex inhibits calcineurin).")
    BINDING_AGENT,
    @Description("Modulates the target's activity.")
    MODULATOR
}
