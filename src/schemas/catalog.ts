/**
 * JSON Schemas of the native catalog format. The source of truth; `schemas/*.json` are written from
 * these by `npm run schemas` and a test keeps them equal.
 */

export const topicSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://topiclint.dev/schemas/topic.schema.json",
  "title": "topiclint topic entry",
  "description": "One Kafka topic in the topiclint native catalog format.",
  "type": "object",
  "required": [
    "topic"
  ],
  "properties": {
    "topic": {
      "type": "string",
      "minLength": 1,
      "description": "Topic name, e.g. cpq.quote-priced.v1"
    },
    "owner": {
      "type": "string",
      "description": "Producing domain team that owns the topic"
    },
    "classification": {
      "enum": [
        "public",
        "internal",
        "confidential",
        "restricted"
      ]
    },
    "key": {
      "type": "string",
      "description": "Message key field; absent means unkeyed"
    },
    "partitions": {
      "type": "integer",
      "minimum": 1
    },
    "replicationFactor": {
      "type": "integer",
      "minimum": 1
    },
    "minInsyncReplicas": {
      "type": "integer",
      "minimum": 1
    },
    "cleanupPolicy": {
      "anyOf": [
        {
          "type": "string"
        },
        {
          "type": "array",
          "items": {
            "enum": [
              "compact",
              "delete"
            ]
          },
          "minItems": 1
        }
      ]
    },
    "retention": {
      "type": [
        "string",
        "integer"
      ],
      "description": "ISO-8601 duration (P90D), -1 or infinite"
    },
    "schemaCompatibility": {
      "type": "string"
    },
    "drTier": {
      "type": "string"
    },
    "contact": {
      "type": "string"
    },
    "schemaOwner": {
      "type": "string"
    },
    "deprecated": {
      "type": "boolean"
    },
    "description": {
      "type": "string"
    },
    "consumerGroups": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "config": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean",
          "null",
          "array"
        ]
      }
    },
    "labels": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean"
        ]
      }
    }
  },
  "patternProperties": {
    "^x-": {}
  },
  "additionalProperties": false
} as const;

export const consumerGroupSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://topiclint.dev/schemas/consumer-group.schema.json",
  "title": "topiclint consumer group entry",
  "description": "One Kafka consumer group in the topiclint native catalog format.",
  "type": "object",
  "required": [
    "consumerGroup"
  ],
  "properties": {
    "consumerGroup": {
      "type": "string",
      "minLength": 1
    },
    "owner": {
      "type": "string"
    },
    "description": {
      "type": "string"
    },
    "topics": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "idempotent": {
      "type": "boolean"
    },
    "replay": {
      "enum": [
        "allowed",
        "prohibited"
      ]
    },
    "replayProhibitedReason": {
      "type": "string"
    },
    "offsetRecovery": {
      "enum": [
        "replicate-offsets",
        "reset-earliest",
        "reset-latest",
        "domain-checkpoint",
        "manual"
      ]
    },
    "dlq": {
      "type": "string"
    },
    "freshnessSlo": {
      "type": "string",
      "pattern": "^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"
    },
    "config": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean",
          "null",
          "array"
        ]
      }
    },
    "labels": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean"
        ]
      }
    }
  },
  "patternProperties": {
    "^x-": {}
  },
  "additionalProperties": false
} as const;
