import type { EachMessagePayload } from 'kafkajs';
import { kafka } from './kafka';
import { GROUP_ID, TOPICS } from './constants';
import { requestEmail } from './producer';
import { templateFor } from './templates';

const consumer = kafka.consumer({
  groupId: GROUP_ID,
  sessionTimeout: 30000,
  heartbeatInterval: 15000,
  maxWaitTimeInMs: 500,
});

async function handle({ topic, message }: EachMessagePayload): Promise<void> {
  if (!message.value) return;
  const event = JSON.parse(message.value.toString()) as { customerEmail: string; paymentId: string };
  await requestEmail(event.paymentId, { to: event.customerEmail, template: templateFor(topic), params: { paymentId: event.paymentId } });
}

export async function startConsumer(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topics: [TOPICS.PAYMENT_SETTLED, TOPICS.REFUND_ISSUED], fromBeginning: false });
  // KafkaJS commits an offset only after eachMessage has resolved for it.
  await consumer.run({
    autoCommit: true,
    autoCommitInterval: 5000,
    eachMessage: handle,
  });
}
