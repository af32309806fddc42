import type { ReactNode } from 'react';

/** A heading and its charts; the heading is what a screen reader jumps between. */
export function ReportSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-label={title} data-testid={testId}>
      <h2 className="report-section-title">{title}</h2>
      {children}
    </section>
  );
}
