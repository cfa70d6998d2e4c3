/** Small helpers shared by rules: where to point and how to name things. */
import type { Entity, Field, SourceLocation } from '../../model/model.js';
import { spelling } from '../../model/values.js';

/** The entity's name location: where "missing field" findings point. */
export function nameLoc(entity: Entity): SourceLocation {
  return entity.name.loc ?? entity.loc;
}

/** `topic "orders.v1"`, `consumer group "billing"`, `producer "OrderService"`. */
export function describeEntity(entity: Entity): string {
  // A name that cannot be known statically is quoted as written (`{userId}.replies`, `${var.name}`).
  const name = entity.name.kind === 'known' ? entity.name.value : (entity.name.raw ?? '(unnamed)');
  const kind = entity.kind === 'topic' ? 'Topic' : entity.kind === 'consumerGroup' ? 'Consumer group' : entity.role === 'unknown' ? 'Client' : entity.role.charAt(0).toUpperCase() + entity.role.slice(1);
  return `${kind} "${name}"`;
}

/** The value as the user spelled it, for messages. */
export function spelled(field: Field<unknown>): string {
  return spelling(field);
}
