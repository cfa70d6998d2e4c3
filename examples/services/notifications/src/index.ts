import { ensureTopics } from './admin';
import { startConsumer } from './consumer';
import { producer } from './producer';

async function main(): Promise<void> {
  await ensureTopics();
  await producer.connect();
  await startConsumer();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
