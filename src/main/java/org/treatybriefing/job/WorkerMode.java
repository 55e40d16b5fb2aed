package org.treatybriefing.job;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether this process is a remote-partitioning worker: started with {@code --worker} on its
 * command line. Only the command line counts, not a property from a file or the environment,
 * so a stray {@code WORKER} variable never turns a nightly run into a worker.
 * <p>
 * Example: {@code @Conditional(WorkerMode.Worker.class)} on a bean only workers have,
 * {@code @Conditional(WorkerMode.NotWorker.class)} on one they must not have.
 */
public final class WorkerMode {

    /** The command-line option: {@code java -jar treaty-briefing.jar --worker}. */
    public static final String OPTION = "worker";

    private WorkerMode() {
    }

    static boolean isWorker(ConditionContext context) {
        return isWorker(context.getEnvironment());
    }

    /** Whether {@code --worker} (and not {@code --worker=false}) is on this process's command line. */
    public static boolean isWorker(Environment environment) {
        if (!(environment instanceof ConfigurableEnvironment env)) {
            return false;
        }
        PropertySource<?> args = env.getPropertySources().get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        return args != null && args.containsProperty(OPTION) && !"false".equals(String.valueOf(args.getProperty(OPTION)));
    }

    /** Matches in a worker process. */
    public static final class Worker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isWorker(context);
        }
    }

    /** Matches in every other process: a run, a restart, the schedule. */
    public static final class NotWorker implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isWorker(context);
        }
    }
}
