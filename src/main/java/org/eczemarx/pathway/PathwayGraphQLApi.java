package org.eczemarx.pathway;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.drug.Drug;
import org.eczemarx.target.Target;

import io.smallrye.mutiny.Uni;

/** Immune pathways and their links to targets and drugs. */
@GraphQLApi
public class PathwayGraphQLApi {

    private final PathwayService service;

    PathwayGraphQLApi(PathwayService service) {
        this.service = service;
    }

    @Query("pathways")
    @NonNull
    @Description("The immune pathways of atopic dermatitis, by name.")
    public Uni<List<@NonNull ImmunePathway>> pathways() {
        return service.all();
    }

    @Name("targets")
    @NonNull
    @Description("Targets in this pathway, by symbol.")
    public Uni<List<@NonNull List<@NonNull Target>>> targets(@Source List<ImmunePathway> pathways) {
        return service.targetsOf(pathways);
    }

    @Name("drugs")
    @NonNull
    @Description("Drugs acting on a target of this pathway, by name.")
    public Uni<List<@NonNull List<@NonNull Drug>>> drugs(@Source List<ImmunePathway> pathways) {
        return service.drugsOf(pathways);
    }

    @Name("pathways")
    @NonNull
    @Description("Pathways this target belongs to, by name.")
    public Uni<List<@NonNull List<@NonNull ImmunePathway>>> pathwaysOfTarget(@Source List<Target> targets) {
        return service.ofTargets(targets);
    }

    @Name("pathways")
    @NonNull
    @Description("Pathways the drug acts on through its targets, by name.")
    public Uni<List<@NonNull List<@NonNull ImmunePathway>>> pathwaysOfDrug(@Source List<Drug> drugs) {
        return service.ofDrugs(drugs);
    }
}
