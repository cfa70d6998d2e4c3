import { Kafka, logLevel } from 'kafkajs';
import { CLIENT_ID } from './constants';

const brokers = (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',');

export const kafka = new Kafka({
  clientId: CLIENT_ID,
  brokers,
  ssl: true,
  sasl: {
    mechanism: 'scram-sha-512',
    username: process.env.KAFKA_USERNAME ?? 'notifications',
    password: process.env.KAFKA_PASSWORD ?? '',
  },
  logLevel: logLevel.WARN,
});
