package org.eczemarx.ops;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Workaround for quarkusio/quarkus#52014 (open; Quarkus 3.34 with Micrometer 1.16): Quarkus binds Micrometer's
 * {@code NettyEventExecutorMetrics} to both Vert.x event loop groups (acceptor and workers) without a tag telling them
 * apart, so the second {@code netty.eventexecutor.workers} gauge is ignored and Micrometer logs a WARN at every start
 * ("This Gauge has been already registered"). The gauge counts only the first group's threads, so it is dropped with
 * a {@link MeterFilter} (Quarkus applies every {@code MeterFilter} bean to its registries); the other Netty meters stay.
 * {@code NettyWorkersGaugeTest} fails once Quarkus tells the two groups apart: then delete this class.
 */
@Singleton
public class NettyWorkersGauge {

    static final String NAME = "netty.eventexecutor.workers";

    @Produces
    @Singleton
    MeterFilter dropTheAmbiguousWorkersGauge() {
        return MeterFilter.denyNameStartsWith(NAME);
    }
}
