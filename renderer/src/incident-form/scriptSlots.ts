/** A piece of a script: words said as written, or a slot the receptionist fills in ({公司}, {time}). */
export interface ScriptPart {
  text: string;
  slot: boolean;
}

/**
 * Splits a script into its words and its `{…}` slots, so a slot reads as a
 * blank to fill (shown marked, without braces) while the copied text keeps
 * the braces to be replaced. A brace with nothing or another brace inside is
 * plain text.
 */
export function scriptParts(text: string): ScriptPart[] {
  const parts: ScriptPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{([^{}\n]+)\}/g)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), slot: false });
    parts.push({ text: m[1]!, slot: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), slot: false });
  return parts;
}
