import type { z } from 'zod';

type Walkable = { _zod: { def: { type: string; innerType?: unknown; in?: unknown } }; maxLength?: number | null };

/**
 * The longest text a contract schema accepts, read from the schema itself
 * (through optional, default and pipe), so a form's limit is main's limit.
 */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  let node = schema as unknown as Walkable;
  for (;;) {
    const def = node._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') node = def.innerType as Walkable;
    else if (def.type === 'pipe') node = def.in as Walkable;
    else break;
  }
  return node.maxLength ?? undefined;
}

/**
 * Props for an antd Input or TextArea holding text for `schema`: the count
 * against the contract's own maximum is shown, and nothing typed or pasted is
 * cut off (antd's `maxLength` silently drops the rest of a paste); the form's
 * rule from the same schema says when it is too long.
 */
export function lengthCount(
  schema: z.ZodType,
  show: 'always' | 'whenOver' = 'always',
): { count: { show: boolean | ((args: { count: number }) => string | null); max: number; strategy: (text: string) => number } } | Record<string, never> {
  const max = maxLengthOf(schema);
  if (max === undefined) return {};
  // Counted as zod counts (UTF-16 units), so the number shown and the rule agree.
  const strategy = (text: string) => text.length;
  // A narrow table cell has no room for "0 / 100" on every line, and the desk form is read at a glance between
  // visitors: there the count appears once it is over, beside the rule's message.
  return show === 'always' ? { count: { show: true, max, strategy } } : { count: { show: ({ count }) => (count > max ? `${count} / ${max}` : null), max, strategy } };
}
