import type { ZodMiniType } from 'zod/mini';

/**
 * Validation where a bad field costs only itself. An answer that fails its schema is taken
 * apart the way the schema is built: an optional field that fails is dropped, a list entry that
 * fails is dropped, and the rest is kept. Only a wrong shape of the whole, or of a required
 * field, rejects it. What was left out is listed by path, so the view can say so once.
 */

export type Salvaged<T> = { ok: true; value: T; omitted: string[] } | { ok: false };

interface SchemaDefinition {
  type: string;
  shape?: Record<string, ZodMiniType>;
  innerType?: ZodMiniType;
  element?: ZodMiniType;
  options?: readonly ZodMiniType[];
}

/** A schema's definition, seen through `z.lazy`: the models' schemas are built on first use (lib/page/model.ts says why). */
function definitionOf(schema: ZodMiniType): SchemaDefinition {
  const { def, innerType } = (schema as unknown as { _zod: { def: SchemaDefinition; innerType?: ZodMiniType } })._zod;
  return def.type === 'lazy' && innerType ? definitionOf(innerType) : def;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function salvage<T>(schema: ZodMiniType<T>, value: unknown): Salvaged<T> {
  // The common case, a valid whole, costs one parse.
  const whole = schema.safeParse(value);
  if (whole.success) return { ok: true, value: whole.data, omitted: [] };
  const result = salvageAt(schema, value, '');
  if (!result.ok) return result;
  // The pieces kept must still make a valid whole (checks on the whole, defaults, transforms).
  const rebuilt = schema.safeParse(result.value);
  return rebuilt.success ? { ok: true, value: rebuilt.data, omitted: result.omitted } : { ok: false };
}

function salvageAt(schema: ZodMiniType, value: unknown, path: string): Salvaged<unknown> {
  const direct = schema.safeParse(value);
  if (direct.success) return { ok: true, value: direct.data, omitted: [] };
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'optional':
    case 'nullable':
      return definition.innerType ? salvageAt(definition.innerType, value, path) : { ok: false };
    case 'object': {
      if (!isPlainObject(value) || !definition.shape) return { ok: false };
      const kept: Record<string, unknown> = {};
      const omitted: string[] = [];
      for (const [key, field] of Object.entries(definition.shape)) {
        const at = path ? `${path}.${key}` : key;
        const part = salvageAt(field, value[key], at);
        if (part.ok) {
          if (part.value !== undefined) kept[key] = part.value;
          omitted.push(...part.omitted);
        } else if (definitionOf(field).type === 'optional') omitted.push(at);
        else return { ok: false };
      }
      return { ok: true, value: kept, omitted };
    }
    case 'array': {
      if (!Array.isArray(value) || !definition.element) return { ok: false };
      const kept: unknown[] = [];
      const omitted: string[] = [];
      value.forEach((entry, index) => {
        const part = salvageAt(definition.element!, entry, `${path}[${index}]`);
        if (part.ok) {
          kept.push(part.value);
          omitted.push(...part.omitted);
        } else omitted.push(`${path}[${index}]`);
      });
      return { ok: true, value: kept, omitted };
    }
    case 'union': {
      // The option that keeps the most: fewest parts left out.
      let best: Salvaged<unknown> = { ok: false };
      for (const option of definition.options ?? []) {
        const part = salvageAt(option, value, path);
        if (part.ok && (!best.ok || part.omitted.length < best.omitted.length)) best = part;
      }
      return best;
    }
    default:
      return { ok: false };
  }
}
