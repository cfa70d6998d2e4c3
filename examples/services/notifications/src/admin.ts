import { kafka } from './kafka';
import { TOPICS } from './constants';

/** Creates the service's own topics at start-up when they do not exist yet. */
export async function ensureTopics(): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: TOPICS.EMAIL_REQUESTED,
          numPartitions: 6,
          replicationFactor: 3,
          configEntries: [
            { name: 'min.insync.replicas', value: '2' },
            { name: 'retention.ms', value: '604800000' },
          ],
        },
        {
          topic: TOPICS.EMAIL_BOUNCED,
          numPartitions: 3,
          replicationFactor: 1,
        },
      ],
    });
  } finally {
    await admin.disconnect();
  }
}
