package com.acme.ledger.model;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment settled in the ledger. */
public record Settlement(String paymentId, String merchantId, BigDecimal amount, String currency, Instant settledAt) {

    public String toJson() {
        return "{\"paymentId\":\"" + paymentId + "\",\"merchantId\":\"" + merchantId + "\",\"amount\":\"" + amount.toPlainString()
                + "\",\"currency\":\"" + currency + "\",\"settledAt\":\"" + settledAt + "\"}";
    }

    public void markForRetry(Exception error) {
        RetryQueue.INSTANCE.add(paymentId, error.getMessage());
    }
}
