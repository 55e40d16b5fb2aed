package org.treatybriefing.job.remote;

import java.net.URI;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.treatybriefing.job.WorkerMode;

/**
 * For one machine and for tests ({@code briefing.remote.embedded-broker=true}): the manager
 * starts an ActiveMQ Artemis broker in its own JVM, listening at the host and port of
 * {@code spring.artemis.broker-url}, where its workers connect as they would to an external
 * broker. It keeps nothing on disk and has no users: a request outlives neither the manager nor
 * its run, and the port must be reachable only by the workers. In production run an external
 * broker instead (README, "Remote partitioning").
 * <p>
 * Example: {@code spring.artemis.broker-url=tcp://localhost:61616?consumerWindowSize=0} makes the
 * manager's broker listen on {@code tcp://localhost:61616}. A worker never starts one, even with
 * the manager's settings file.
 */
@Configuration
@ConditionalOnProperty(name = "briefing.partitioning", havingValue = "remote")
@ConditionalOnBooleanProperty("briefing.remote.embedded-broker")
@Conditional(WorkerMode.NotWorker.class)
public class EmbeddedBrokerConfiguration {

    /** Spring Boot creates its connection factory only after beans of this type: the broker is up first. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    public EmbeddedActiveMQ embeddedBroker(@Value("${spring.artemis.broker-url:tcp://localhost:61616}") String brokerUrl)
            throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(false);
        config.setJMXManagementEnabled(false);
        // on a machine busy extracting, a slow broker thread is no reason to stop the broker
        config.setCriticalAnalyzer(false);
        config.addAcceptorConfiguration("tcp", acceptorOf(brokerUrl));
        // the usual addresses of a broker (an expired request is dropped there), and no warning per queue without them
        config.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("DLQ"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue")));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        return broker;
    }

    /** {@code tcp://host:port?options} gives {@code tcp://host:port}: the address to listen at. */
    static String acceptorOf(String brokerUrl) {
        URI uri;
        try {
            uri = URI.create(brokerUrl.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalStateException("briefing.remote.embedded-broker needs spring.artemis.broker-url to be one"
                    + " tcp://host:port address to listen at, not " + brokerUrl);
        }
        return "tcp://" + uri.getHost() + ":" + uri.getPort();
    }
}
