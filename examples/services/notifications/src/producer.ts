import type { Message } from 'kafkajs';
import { kafka } from './kafka';
import { Acks, TOPICS } from './constants';

export interface EmailRequest {
  readonly to: string;
  readonly template: string;
  readonly params: Record<string, string>;
}

// One producer for the whole process.
export const producer = kafka.producer({
  allowAutoTopicCreation: false,
  retry: { retries: 8 },
});

export async function requestEmail(key: string, email: EmailRequest): Promise<void> {
  await producer.send({
    topic: TOPICS.EMAIL_REQUESTED,
    acks: Acks.Leader, // emails are best effort
    messages: [{ key, value: JSON.stringify(email) }],
  });
}

export async function reportBounces(bounces: readonly Message[]): Promise<void> {
  await producer.sendBatch({
    acks: Number(process.env.ACKS ?? Acks.All),
    topicMessages: [{ topic: TOPICS.EMAIL_BOUNCED, messages: [...bounces] }],
  });
}
