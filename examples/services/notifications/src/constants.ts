// Names shared by the producer, the consumer and the topic setup.
export const CLIENT_ID = 'notifications';

export const TOPICS = {
  PAYMENT_SETTLED: 'payments.payment-settled.v1',
  REFUND_ISSUED: 'payments.refund-issued.v1',
  EMAIL_REQUESTED: 'notifications.email-requested.v1',
  EMAIL_BOUNCED: 'notifications.email-bounced.v1',
} as const;

export const GROUP_ID = 'payments-notifier';

/** KafkaJS takes acks as a number: -1 is "all". */
export enum Acks {
  All = -1,
  Leader = 1,
  None = 0,
}
