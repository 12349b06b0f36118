package org.eczemarx.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Questions about safety in use: contraindications, pregnancy, vaccination, interactions, risk programmes. */
@QuarkusTest
class SafetyInUseTest {

    private static final String CONTRAINDICATED = """
            query($in: ContraindicationFilter!) { drugs(filter: {contraindicatedIn: $in}, first: 100) { nodes { name } } }""";

    private static List<String> contraindicatedIn(Map<String, Object> population) {
        return GraphQL.data(CONTRAINDICATED, Map.of("in", population)).getList("data.drugs.nodes.name", String.class);
    }

    @Test
    void whichJakInhibitorsAreContraindicatedInPregnancyInTheEuButNotInTheUs() {
        // EMA SmPCs section 4.3 of Rinvoq (2023-12), Cibinqo (2024-03) and Olumiant (2023-10): contraindicated in pregnancy.
        // FDA Rinvoq (2026-05) and Cibinqo (2026-06) labels, section 8.1: fetal risk described, no contraindication.
        List<String> eu = contraindicatedIn(Map.of("population", "PREGNANCY", "region", "EU"));
        assertThat(eu).contains("abrocitinib", "baricitinib", "upadacitinib", "methotrexate", "mycophenolate mofetil", "alitretinoin")
                .doesNotContain("dupilumab", "tralokinumab");
        List<String> us = contraindicatedIn(Map.of("population", "PREGNANCY", "region", "US"));
        assertThat(us).contains("methotrexate").doesNotContain("upadacitinib", "abrocitinib");
    }

    @Test
    void whichDrugsAreContraindicatedInPregnancyInTheUs() {
        // FDA methotrexate tablets label 2026-09 (section 4: contraindicated in pregnancy for non-neoplastic diseases) and
        // FDA Imuran label 2026-10 (section 4: contraindicated in pregnant women with rheumatoid arthritis).
        assertThat(contraindicatedIn(Map.of("population", "PREGNANCY", "region", "US"))).containsExactly("azathioprine", "methotrexate");
    }

    @Test
    void whichDrugsAreContraindicatedInSevereLiverImpairmentInTheEu() {
        // EMA SmPCs section 4.3: Rinvoq and Cibinqo (severe hepatic impairment), methotrexate, and the alitretinoin
        // (Toctino) SmPC: hepatic insufficiency.
        assertThat(contraindicatedIn(Map.of("population", "HEPATIC_IMPAIRMENT", "region", "EU")))
                .containsExactly("abrocitinib", "alitretinoin", "methotrexate", "upadacitinib");
    }

    @Test
    void whichDrugsDoTheLabelsSayToAvoidLiveVaccinesWith() {
        // The vaccination rows count: Dupixent USPI 5.x and Rinvoq USPI 5.x "avoid use of live vaccines"; methotrexate
        // SmPC 4.3 contraindicates them outright.
        List<String> avoid = contraindicatedIn(Map.of("population", "LIVE_VACCINES", "severity", "NOT_RECOMMENDED"));
        assertThat(avoid).contains("dupilumab", "tralokinumab", "lebrikizumab", "nemolizumab", "upadacitinib", "abrocitinib",
                "methotrexate").doesNotContain("tacrolimus", "crisaborole");
        assertThat(contraindicatedIn(Map.of("population", "LIVE_VACCINES", "severity", "NOT_RECOMMENDED", "region", "US")))
                .contains("dupilumab", "upadacitinib").doesNotContain("baricitinib");
        assertThat(contraindicatedIn(Map.of("population", "LIVE_VACCINES"))).as("CONTRAINDICATED alone: the contraindication rows")
                .contains("methotrexate").doesNotContain("dupilumab");
    }

    @Test
    void whichSubcutaneousBiologicsAreNeitherContraindicatedNorToBeAvoidedInPregnancyInTheEu() {
        // EMA Dupixent SmPC 4.6: use in pregnancy only if the benefit justifies the risk; Adtralza, Ebglyss and Nemluvio
        // SmPCs 4.6: "preferable to avoid" as a precaution.
        JsonPath json = GraphQL.data("""
                { drugs(filter: {route: SUBCUTANEOUS, modality: MONOCLONAL_ANTIBODY,
                                 notContraindicatedIn: {population: PREGNANCY, region: EU, severity: NOT_RECOMMENDED}}) {
                    nodes { name reproductiveSafety(region: EU, topic: PREGNANCY) { guidance } } } }""");
        assertThat(json.getList("data.drugs.nodes.name", String.class)).containsExactly("dupilumab");
        assertThat(json.getString("data.drugs.nodes[0].reproductiveSafety[0].guidance")).isEqualTo("USE_ONLY_IF_CLEARLY_NEEDED");
    }

    @Test
    void whatDoesTheRinvoqLabelSayAboutPregnancyAndContraceptionPerRegion() {
        // FDA Rinvoq label 2026-05, sections 8.1 and 8.3: may cause fetal harm, pregnancy exposure registry, contraception
        // during treatment and for 4 weeks after the final dose. EMA Rinvoq SmPC 4.3/4.6: contraindicated in pregnancy.
        JsonPath json = GraphQL.data("""
                { drug(name: "Rinvoq") { reproductiveSafety { region topic guidance registry text } } }""");
        assertThat(json.getMap("data.drug.reproductiveSafety.find { it.region == 'US' && it.topic == 'PREGNANCY' }"))
                .containsEntry("guidance", "AVOID").containsEntry("registry", true);
        assertThat(json.getMap("data.drug.reproductiveSafety.find { it.region == 'EU' && it.topic == 'PREGNANCY' }"))
                .containsEntry("guidance", "CONTRAINDICATED");
        Map<String, Object> contraception = json.getMap("data.drug.reproductiveSafety.find { it.region == 'US' && it.topic == 'CONTRACEPTION' }");
        assertThat(contraception).containsEntry("guidance", "REQUIRED");
        assertThat((String) contraception.get("text")).contains("4 weeks after the final dose");
        // Per region, pregnancy before contraception before breastfeeding? The enum order: pregnancy, breastfeeding, contraception.
        assertThat(json.getList("data.drug.reproductiveSafety.findAll { it.region == 'EU' }.topic", String.class))
                .containsExactly("PREGNANCY", "BREASTFEEDING", "CONTRACEPTION");
    }

    @Test
    void whatMustBeConsideredBeforeStartingUpadacitinibInTheEu() {
        // EMA Rinvoq SmPC (2023-12), section 4.3: hypersensitivity, active tuberculosis or active serious infections, severe
        // hepatic impairment, pregnancy; section 4.4: caution from 65 years (EU measures for JAK inhibitors).
        JsonPath json = GraphQL.data("""
                { drug(name: "upadacitinib") {
                    strict: contraindications(region: EU, severity: CONTRAINDICATED) { population severity }
                    all: contraindications(region: EU) { population severity } } }""");
        assertThat(json.getList("data.drug.strict.population", String.class))
                .containsExactlyInAnyOrder("HYPERSENSITIVITY", "PREGNANCY", "ACTIVE_INFECTION", "TUBERCULOSIS", "HEPATIC_IMPAIRMENT");
        assertThat(json.getList("data.drug.all.severity", String.class)).endsWith("CAUTION").contains("CONTRAINDICATED");
        assertThat(json.getMap("data.drug.all.find { it.severity == 'CAUTION' }")).containsEntry("population", "OLDER_ADULTS");
    }

    @Test
    void whatDoesTheDupixentLabelSayAboutVaccines() {
        // FDA Dupixent label 2026-04, section 5 (Vaccinations): complete age-appropriate vaccinations before starting, avoid
        // live vaccines during treatment; non-live vaccines may be given.
        JsonPath json = GraphQL.data("""
                { drug(name: "Dupixent") { vaccination(region: US) { kind text source { title } } } }""");
        assertThat(json.getList("data.drug.vaccination.kind", String.class))
                .containsExactly("AVOID_LIVE_VACCINES", "COMPLETE_BEFORE_START", "NON_LIVE_VACCINES_ALLOWED");
        assertThat(json.getList("data.drug.vaccination.source.title", String.class)).allMatch(title -> title.contains("DUPIXENT"));
    }

    @Test
    void whichDrugsHaveAUsRems() {
        // FDA CellCept label 2026-09, section 5.1 and 17: Mycophenolate REMS (pregnancy planning and prevention).
        JsonPath json = GraphQL.data("""
                { drugs(first: 100) { nodes { name riskPrograms(region: US) { kind name } } } }""");
        List<Map<String, Object>> withRems = json.getList("data.drugs.nodes.findAll { it.riskPrograms.any { p -> p.kind == 'REMS' } }");
        assertThat(withRems).extracting(node -> node.get("name")).containsExactly("mycophenolate mofetil");
        assertThat(json.getString("data.drugs.nodes.find { it.name == 'mycophenolate mofetil' }.riskPrograms[0].name"))
                .isEqualTo("Mycophenolate REMS");
    }

    @Test
    void whichJakInhibitorsFallUnderTheEuRestrictionsOfUse() {
        // EMA Article 20 review of JAK inhibitors (measures recommended 2022-10-28): use in people 65 and over, smokers and
        // those at cardiovascular or malignancy risk only if no suitable alternative; patient cards in the SmPCs.
        JsonPath json = GraphQL.data("""
                { drugs(filter: {drugClass: "oral JAK inhibitors"}) { nodes { name riskPrograms(region: EU) { kind name source { title } } } } }""");
        assertThat(json.getList("data.drugs.nodes.name", String.class)).containsExactly("abrocitinib", "baricitinib", "upadacitinib");
        for (int i = 0; i < 3; i++) {
            assertThat(json.getList("data.drugs.nodes[" + i + "].riskPrograms.kind", String.class)).contains("RESTRICTED_USE", "PATIENT_CARD");
        }
    }

    @Test
    void isThereAPregnancyPreventionProgrammeForAlitretinoin() {
        // EMA Article 31 referral on retinoids (Commission decision 2018-06-21) and the UK Toctino SmPC section 4.4: pregnancy
        // prevention programme; alitretinoin is contraindicated in pregnancy in the EU and UK.
        JsonPath json = GraphQL.data("""
                { drug(name: "Toctino") { riskPrograms { region kind } reproductiveSafety(topic: PREGNANCY) { region guidance } } }""");
        assertThat(json.getList("data.drug.riskPrograms.findAll { it.kind == 'PREGNANCY_PREVENTION_PROGRAMME' }.region", String.class))
                .containsExactly("EU", "UK");
        assertThat(json.getList("data.drug.reproductiveSafety.guidance", String.class)).containsOnly("CONTRAINDICATED");
    }

    @Test
    void whichInteractionsOfUpadacitinibRequireADoseChangeInTheUs() {
        // FDA Rinvoq label 2026-05, section 7: strong CYP3A4 inhibitors (dose change); strong CYP3A4 inducers (not recommended).
        JsonPath json = GraphQL.data("""
                { drug(name: "upadacitinib") {
                    adjust: interactions(region: US, management: ADJUST_DOSE) { interacting effect drug { name } }
                    all: interactions(region: US) { management interactingDrug { name } } } }""");
        assertThat(json.getList("data.drug.adjust.interacting", String.class)).containsExactly("strong CYP3A4 inhibitors (e.g. ketoconazole)");
        assertThat(json.getList("data.drug.adjust.drug.name", String.class)).containsOnly("upadacitinib");
        assertThat(json.getList("data.drug.all.management", String.class)).startsWith("AVOID").endsWith("ADJUST_DOSE");
        assertThat(json.getList("data.drug.all.interactingDrug.name", String.class)).contains("azathioprine", "cyclosporine");
    }
}
