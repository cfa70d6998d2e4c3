package com.acme.ledger.publish;

import com.acme.ledger.config.KafkaSettings;
import com.acme.ledger.model.Settlement;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes settlements written to the ledger database. */
public class SettlementPublisher implements AutoCloseable {

    private final Producer<String, String> producer;

    public SettlementPublisher() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ledger-writer");
        props.put(ProducerConfig.ACKS_CONFIG, KafkaSettings.ACKS);
        props.put(ProducerConfig.LINGER_MS_CONFIG, KafkaSettings.LINGER_MS);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        props.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        props.put(SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"ledger-writer\" password=\""
                        + System.getenv("KAFKA_PASSWORD") + "\";");
        this.producer = new KafkaProducer<>(props);
    }

    public void publish(Settlement settlement) {
        producer.send(new ProducerRecord<>(KafkaSettings.SETTLED_TOPIC, settlement.paymentId(), settlement.toJson()),
                (metadata, error) -> {
                    if (error != null) {
                        settlement.markForRetry(error);
                    }
                });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
