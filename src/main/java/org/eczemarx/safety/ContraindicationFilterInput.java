package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;

/** A population a drug's labels advise against use in, for the drugs filter. */
@Input("ContraindicationFilter")
@Description("A population a drug's label advises against use in. For PREGNANCY and BREASTFEEDING the reproductive-safety rows count too: "
        + "CONTRAINDICATED as contraindicated, AVOID as not recommended, USE_ONLY_IF_CLEARLY_NEEDED as caution. For LIVE_VACCINES the "
        + "vaccination rows count too: AVOID_LIVE_VACCINES as not recommended. A row counts whatever part of the population it "
        + "names (a contraindication in the first trimester counts for PREGNANCY). Topical steroids have no EU-wide label: their EU "
        + "rows come from one member state's national product (the row's source names it) and count for the region.")
public class ContraindicationFilterInput {

    @NonNull
    @Description("The population: PREGNANCY, HEPATIC_IMPAIRMENT, ACTIVE_INFECTION ...")
    public ContraindicationPopulation population;

    @Description("Only this region's labels; any region when omitted.")
    public Region region;

    @DefaultValue("CONTRAINDICATED")
    @Description("How strict the advice must at least be: CONTRAINDICATED (default) alone, NOT_RECOMMENDED also, CAUTION any.")
    public ContraindicationSeverity severity;

    /** The severity asked for, contraindicated when not given. */
    public ContraindicationSeverity severityOrDefault() {
        return severity == null ? ContraindicationSeverity.CONTRAINDICATED : severity;
    }
}
