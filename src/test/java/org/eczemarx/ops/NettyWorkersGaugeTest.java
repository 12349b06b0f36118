package org.eczemarx.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.micrometer.runtime.binder.netty.VertxNettyEventExecutorMetricsProvider;
import io.vertx.core.Vertx;

/** The upstream behaviour {@link NettyWorkersGauge} works around (quarkusio/quarkus#52014), and the workaround. */
class NettyWorkersGaugeTest {

    @Test
    void quarkusBindsBothEventLoopGroupsUnderOneGaugeId() {
        Vertx vertx = Vertx.vertx();
        try {
            // Micrometer warns of the second registration; the warning is the behaviour reproduced, not news for the run.
            Logger micrometer = Logger.getLogger("io.micrometer.core.instrument.MeterRegistry");
            Level level = micrometer.getLevel();
            micrometer.setLevel(Level.SEVERE);
            SimpleMeterRegistry registry;
            try {
                registry = bindBothGroups(vertx, new SimpleMeterRegistry());
            } finally {
                micrometer.setLevel(level);
            }
            assertThat(registry.find(NettyWorkersGauge.NAME).gauges())
                    .as("Two event loop groups, one gauge: when this fails Quarkus tells the groups apart "
                            + "(quarkusio/quarkus#52014 fixed): delete NettyWorkersGauge")
                    .hasSize(1);

            SimpleMeterRegistry filtered = new SimpleMeterRegistry();
            filtered.config().meterFilter(new NettyWorkersGauge().dropTheAmbiguousWorkersGauge());
            bindBothGroups(vertx, filtered);
            assertThat(filtered.find(NettyWorkersGauge.NAME).gauges()).isEmpty();
            assertThat(filtered.find("netty.eventexecutor.tasks.pending").gauges()).as("the other Netty meters stay").isNotEmpty();
        } finally {
            vertx.close();
        }
    }

    private static SimpleMeterRegistry bindBothGroups(Vertx vertx, SimpleMeterRegistry registry) {
        VertxNettyEventExecutorMetricsProvider quarkus = new VertxNettyEventExecutorMetricsProvider();
        quarkus.vertxEventLoopGroupMetrics(vertx).bindTo(registry);
        quarkus.vertxAcceptorEventLoopGroupMetrics(vertx).bindTo(registry);
        return registry;
    }
}
