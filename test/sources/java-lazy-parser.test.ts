/**
 * java-parser builds its grammar when it is imported (most of a second): the Java adapter must not
 * import it when no Java file mentions Kafka. Here the import fails, so any attempt to load it would
 * turn the files into `not-lintable` ("the Java parser could not be loaded").
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('java-parser', () => {
  throw new Error('java-parser must not be loaded');
});

describe('Java adapter without a file that mentions Kafka', () => {
  it('does not load java-parser and records every file as not a catalog', async () => {
    const { javaAdapter } = await import('../../src/sources/java/index.js');
    const out = await javaAdapter.read([
      { path: 'src/OrderController.java', text: 'class OrderController {\n  String get() { return "order"; }\n}\n' },
      { path: 'src/Broken.java', text: 'class Broken {{{\n' },
    ]);
    expect(out.files).toEqual([
      { path: 'src/OrderController.java', status: 'not-catalog', formats: [], reason: 'does not mention Kafka' },
      { path: 'src/Broken.java', status: 'not-catalog', formats: [], reason: 'does not mention Kafka' },
    ]);
    expect(out.problems).toEqual([]);
  });

  it('loads it (and fails here) as soon as one file mentions Kafka', async () => {
    const { javaAdapter } = await import('../../src/sources/java/index.js');
    const out = await javaAdapter.read([{ path: 'src/P.java', text: 'import org.apache.kafka.clients.producer.KafkaProducer;\nclass P {}\n' }]);
    expect(out.files.map((f) => [f.status, f.reason?.startsWith('the Java parser could not be loaded')])).toEqual([['not-lintable', true]]);
  });
});
