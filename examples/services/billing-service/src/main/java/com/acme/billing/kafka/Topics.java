package com.acme.billing.kafka;

/** Topic names billing reads and writes. */
public final class Topics {

    public static final String ORDER_CREATED = "orders.order-created.v1";
    public static final String ORDER_CANCELLED = "orders.order-canceled.v1";
    public static final String REFUND_ISSUED = "payments.refund-issued.v1";

    private Topics() {
    }
}
