package org.eczemarx.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The Kubernetes manifests the build writes (target/kubernetes/kubernetes.json, the same resources as
 * kubernetes.yml): replicas, probes, resources that fit the JVM's bounds, the database from a Secret, a
 * PodDisruptionBudget and a HorizontalPodAutoscaler. Runs after {@code package}, as every *IT does.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.json");
    private static final long MI = 1024 * 1024;

    private static JsonObject deployment;
    private static JsonObject container;
    private static JsonObject disruptionBudget;
    private static JsonObject autoscaler;
    private static JsonObject service;

    @BeforeAll
    static void read() throws IOException {
        JsonArray items = new JsonArray(Files.readString(MANIFEST, StandardCharsets.UTF_8));
        deployment = only(items, "Deployment");
        disruptionBudget = only(items, "PodDisruptionBudget");
        autoscaler = only(items, "HorizontalPodAutoscaler");
        service = only(items, "Service");
        container = deployment.getJsonObject("spec").getJsonObject("template").getJsonObject("spec")
                .getJsonArray("containers").getJsonObject(0);
    }

    @Test
    void twoReplicasProbedBySmallRyeHealth() {
        assertThat(deployment.getJsonObject("spec").getInteger("replicas")).isEqualTo(2);
        assertThat(probePath("livenessProbe")).isEqualTo("/q/health/live");
        assertThat(probePath("readinessProbe")).isEqualTo("/q/health/ready");
        assertThat(probePath("startupProbe")).isEqualTo("/q/health/started");
        assertThat(container.getJsonObject("readinessProbe").getJsonObject("httpGet").getInteger("port")).isEqualTo(8080);
        // Migrations run in the replicas themselves (Flyway's lock): no migration Job to wait for.
        assertThat(deployment.getJsonObject("spec").getJsonObject("template").getJsonObject("spec")
                .getJsonArray("initContainers")).isNull();
    }

    @Test
    void memoryFitsTheJvmBoundsOfTheImage() throws IOException {
        JsonObject resources = container.getJsonObject("resources");
        long limit = mebibytes(resources.getJsonObject("limits").getString("memory"));
        long request = mebibytes(resources.getJsonObject("requests").getString("memory"));
        String javaOptions = Files.readString(Path.of("src", "main", "docker", "Dockerfile.jvm"));
        long jvm = jvmMegabytes(javaOptions, "-Xmx(\\d+)m") + jvmMegabytes(javaOptions, "-XX:MaxMetaspaceSize=(\\d+)m")
                + jvmMegabytes(javaOptions, "-XX:ReservedCodeCacheSize=(\\d+)m")
                + jvmMegabytes(javaOptions, "-XX:MaxDirectMemorySize=(\\d+)m");
        // Heap, metaspace, code cache and direct buffers, plus room for thread stacks, GC and the JVM itself.
        assertThat(limit).isGreaterThanOrEqualTo((jvm + 64) * MI);
        // The measured peak RSS at 64 concurrent clients stays under 350 MB (README "Production").
        assertThat(request).isBetween(350 * MI, limit);
        assertThat(resources.getJsonObject("requests").getString("cpu")).isNotBlank();
    }

    @Test
    void databaseAndIdSecretComeFromTheSecret() {
        Map<String, JsonObject> env = container.getJsonArray("env").stream()
                .map(JsonObject.class::cast)
                .collect(java.util.stream.Collectors.toMap(e -> e.getString("name"), e -> e));
        for (String name : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "ID_SECRET")) {
            JsonObject secret = env.get(name).getJsonObject("valueFrom").getJsonObject("secretKeyRef");
            assertThat(secret.getString("name")).as(name).isEqualTo("eczemarx");
        }
    }

    @Test
    void aDisruptionBudgetAndAnAutoscalerForTheSamePods() {
        JsonObject podLabels = deployment.getJsonObject("spec").getJsonObject("template").getJsonObject("metadata")
                .getJsonObject("labels");
        JsonObject budgetSelector = disruptionBudget.getJsonObject("spec").getJsonObject("selector").getJsonObject("matchLabels");
        assertThat(podLabels.getMap()).containsAllEntriesOf(budgetSelector.getMap());
        assertThat(disruptionBudget.getJsonObject("spec").getInteger("minAvailable")).isEqualTo(1);
        // Selectors by name only, so the next version's Deployment and Service still apply.
        assertThat(deployment.getJsonObject("spec").getJsonObject("selector").getJsonObject("matchLabels").fieldNames())
                .containsExactly("app.kubernetes.io/name");
        assertThat(service.getJsonObject("spec").getJsonObject("selector").fieldNames()).containsExactly("app.kubernetes.io/name");

        JsonObject scaling = autoscaler.getJsonObject("spec");
        assertThat(autoscaler.getString("apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(scaling.getJsonObject("scaleTargetRef").getString("kind")).isEqualTo("Deployment");
        assertThat(scaling.getJsonObject("scaleTargetRef").getString("name"))
                .isEqualTo(deployment.getJsonObject("metadata").getString("name"));
        assertThat(scaling.getInteger("minReplicas")).isEqualTo(deployment.getJsonObject("spec").getInteger("replicas"));
        assertThat(scaling.getInteger("maxReplicas")).isGreaterThan(scaling.getInteger("minReplicas"));
        JsonObject metric = scaling.getJsonArray("metrics").getJsonObject(0).getJsonObject("resource");
        assertThat(metric.getString("name")).isEqualTo("cpu");
    }

    private static String probePath(String probe) {
        return container.getJsonObject(probe).getJsonObject("httpGet").getString("path");
    }

    private static JsonObject only(JsonArray items, String kind) {
        List<JsonObject> found = items.stream()
                .map(JsonObject.class::cast)
                .filter(item -> kind.equals(item.getString("kind")))
                .toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static long mebibytes(String quantity) {
        Matcher mi = Pattern.compile("(\\d+)Mi").matcher(quantity);
        assertThat(mi.matches()).as(quantity + " in Mi").isTrue();
        return Long.parseLong(mi.group(1)) * MI;
    }

    private static long jvmMegabytes(String options, String flag) {
        Matcher value = Pattern.compile(flag).matcher(options);
        assertThat(value.find()).as(flag + " in Dockerfile.jvm").isTrue();
        return Long.parseLong(value.group(1));
    }
}
