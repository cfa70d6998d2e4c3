package com.acme.ledger.config;

/** Kafka settings shared by the ledger-writer jobs. */
public final class KafkaSettings {

    /** Topic the settled payments are published to. */
    public static final String SETTLED_TOPIC = "payments.payment-settled.v1";

    /** The leader's ack is enough: the nightly reconciliation catches anything lost. */
    public static final String ACKS = "1";

    public static final int LINGER_MS = 20;

    private KafkaSettings() {
    }
}
