import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  /** Takes the whole row in a two-column list (long text such as the purpose). */
  wide?: boolean;
}

/** Label–value pairs in a quiet box; empty values are left out rather than shown as blanks. */
export function Facts({ facts, columns = 1 }: { facts: Fact[]; columns?: 1 | 2 }) {
  const shown = facts.filter((f) => f.value !== '' && f.value !== null && f.value !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className={`doc-facts doc-facts--${columns}`}>
      {shown.map((f) => (
        <div key={f.label} className={f.wide ? 'doc-facts__item doc-facts__item--wide' : 'doc-facts__item'}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
