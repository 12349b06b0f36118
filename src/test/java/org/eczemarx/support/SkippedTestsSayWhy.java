package org.eczemarx.support;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Every skipped test says why in the build's output: a disabled one ({@code @DisabledOnIntegrationTest("...")}) and
 * one whose assumption failed (a tool that is not installed). Surefire and Failsafe count them ("Skipped: 2") but keep
 * the reason in their XML reports only. Registered with the JUnit Platform launcher through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedTestsSayWhy implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        say(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            say(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private static void say(TestIdentifier test, String reason) {
        String name = test.getSource()
                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(method -> method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1) + "." + method.getMethodName())
                .orElse(test.getDisplayName());
        System.out.println("[WARNING] SKIPPED " + name + ": " + reason);
    }
}
