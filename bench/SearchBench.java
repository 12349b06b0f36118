import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency and throughput of GraphQL requests against a running EczemaRx.
 * Usage: java bench/SearchBench.java [baseUrl] [requests] [concurrency] [scenario: search|nested]
 * Requests cycle through realistic queries; a warm-up of the same size runs first and is not measured.
 */
public class SearchBench {

    static final String[] SEARCHES = { "rinv", "dupilimab", "upadacitnib", "IL-4Rα", "Neoral", "liver", "TB", "cyclosporin",
            "JAK", "il 13", "Adtralza", "Ébglyss", "tacro", "lipid", "prurigo", "calcineurin", "hydrocort", "nemolizumab" };

    static final String SEARCH_BODY = "{\"query\":\"query($q: String!) { search(query: $q, first: 10) { matchedText matchedOn score node { id __typename } } }\",\"variables\":{\"q\":\"%s\"}}";

    static final String NESTED_BODY = "{\"query\":\"{ drugs(first: 100) { totalCount nodes { name synonyms routes brands { name region } drugClass { name } targets { action target { symbol } } approvals { region status minimumAgeMonths condition { code } source { title } } boxedWarnings { topics } monitoring { phase test { name } } } } }\"}";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8090";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String scenario = args.length > 3 ? args[3] : "search";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(client, base, scenario, requests, concurrency); // warm-up
        long started = System.nanoTime();
        List<Long> latencies = run(client, base, scenario, requests, concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;

        Collections.sort(latencies);
        System.out.printf("scenario=%s requests=%d concurrency=%d%n", scenario, requests, concurrency);
        System.out.printf("p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms%n",
                pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies.get(latencies.size() - 1) / 1e6);
        System.out.printf("throughput=%.0f requests/s%n", requests / seconds);
    }

    static List<Long> run(HttpClient client, String base, String scenario, int requests, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    String body = scenario.equals("nested") ? NESTED_BODY : SEARCH_BODY.formatted(SEARCHES[i % SEARCHES.length]);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    mine.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        failures.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            all.addAll(worker.get());
        }
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed");
        }
        return all;
    }

    static double pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
