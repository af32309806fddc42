import { z } from 'zod';

export interface RepairedFields<T> {
  value: T;
  /** The fields that held something unreadable and now hold their default (a map's name when one of its entries was dropped); `*` when the whole value was not an object. */
  repaired: string[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored object one field at a time: every valid field is kept, an
 * invalid one gets its default and is named in `repaired`, a missing one (a
 * value written before the field existed) gets its default quietly. A map
 * field keeps its valid entries and drops only the unreadable ones. Stored
 * settings are never thrown away whole because one field went bad.
 */
export function repairFields<S extends z.ZodObject>(schema: S, defaults: z.output<S>, stored: unknown): RepairedFields<z.output<S>> {
  const source = isPlainObject(stored) ? stored : {};
  const repaired: string[] = isPlainObject(stored) ? [] : ['*'];
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const fallback = (defaults as Record<string, unknown>)[key];
    if (!(key in source) || source[key] === undefined) {
      value[key] = fallback;
      continue;
    }
    const parsed = field.safeParse(source[key]);
    if (parsed.success) {
      value[key] = parsed.data;
    } else if (field instanceof z.ZodRecord && isPlainObject(source[key])) {
      const entries: Record<string, unknown> = {};
      for (const [id, entry] of Object.entries(source[key])) {
        const one = (field.valueType as z.ZodType).safeParse(entry);
        if (one.success && (field.keyType as z.ZodType).safeParse(id).success) entries[id] = one.data;
      }
      value[key] = entries;
      repaired.push(key);
    } else {
      value[key] = fallback;
      repaired.push(key);
    }
  }
  return { value: value as z.output<S>, repaired };
}
