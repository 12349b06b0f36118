package org.eczemarx.drugclass;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.drug.Drug;

import io.smallrye.mutiny.Uni;

/** The class tree and a drug's class. */
@GraphQLApi
public class DrugClassGraphQLApi {

    private final DrugClassService service;

    DrugClassGraphQLApi(DrugClassService service) {
        this.service = service;
    }

    @Query("drugClasses")
    @NonNull
    @Description("The roots of the drug-class tree (by pharmacology); their children nest below.")
    public Uni<List<@NonNull DrugClass>> drugClasses() {
        return service.roots();
    }

    @Query("drugClass")
    @Description("A drug class by name, ignoring case, spaces and hyphens; null when unknown.")
    public Uni<DrugClass> drugClass(@NonNull @Name("name") @Description("e.g. \"JAK inhibitors\", \"topical corticosteroids\".") String name) {
        return service.findByName(name);
    }

    @Name("drugClass")
    @NonNull
    @Description("The most specific class of the drug (a leaf of the tree).")
    public Uni<List<@NonNull DrugClass>> drugClassOf(@Source List<Drug> drugs) {
        return service.classesOf(drugs);
    }

    @Name("parent")
    @Description("The enclosing class; null for a root.")
    public Uni<List<DrugClass>> parent(@Source List<DrugClass> classes) {
        return service.parents(classes);
    }

    @Name("children")
    @NonNull
    @Description("Subclasses, in ladder order where ranked, else by name.")
    public Uni<List<@NonNull List<@NonNull DrugClass>>> children(@Source List<DrugClass> classes) {
        return service.children(classes);
    }

    @Name("drugs")
    @NonNull
    @Description("Drugs of this class and of all its subclasses, by name.")
    public Uni<List<@NonNull List<@NonNull Drug>>> drugs(@Source List<DrugClass> classes) {
        return service.drugsWithin(classes);
    }
}
