package com.acme.billing.kafka;

import com.acme.billing.invoice.InvoiceService;
import com.acme.billing.refund.RefundService;
import com.acme.events.orders.OrderCancelled;
import com.acme.events.orders.OrderCreated;
import com.acme.events.payments.RefundIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

@Component
public class OrderEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

    private final InvoiceService invoices;
    private final RefundService refunds;
    private final KafkaTemplate<String, RefundIssued> kafkaTemplate;

    public OrderEventsListener(InvoiceService invoices, RefundService refunds, KafkaTemplate<String, RefundIssued> kafkaTemplate) {
        this.invoices = invoices;
        this.refunds = refunds;
        this.kafkaTemplate = kafkaTemplate;
    }

    @KafkaListener(topics = Topics.ORDER_CREATED, groupId = "billing-order-ingestion")
    public void onOrderCreated(@Payload OrderCreated event, @Header(KafkaHeaders.RECEIVED_KEY) String orderId) {
        log.info("Invoicing order {}", orderId);
        // Idempotent: an invoice is keyed by order id, a redelivered event finds it and does nothing.
        invoices.createIfAbsent(orderId, event);
    }

    @KafkaListener(
            topics = Topics.ORDER_CANCELLED,
            groupId = "billing-order-ingestion")
    public void onOrderCancelled(@Payload OrderCancelled event, @Header(KafkaHeaders.RECEIVED_KEY) String orderId) {
        RefundIssued refund = refunds.refund(orderId, event.getReason());
        if (refund != null) {
            kafkaTemplate.send(Topics.REFUND_ISSUED, refund.getRefundId(), refund);
        }
    }
}
