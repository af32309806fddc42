import type { ReactNode } from 'react';

interface Props {
  siteName: string;
  /** A red mark for internal papers (内部资料). */
  stamp?: string;
  kicker?: string;
  title: string;
  subtitle?: ReactNode;
}

/** The top of a document's first page: whose paper it is, then what it is about. */
export function Masthead({ siteName, stamp, kicker, title, subtitle }: Props) {
  return (
    <header className="doc-masthead">
      <div className="doc-masthead__bar">
        <span className="doc-masthead__site">{siteName}</span>
        {stamp && <span className="doc-stamp">{stamp}</span>}
      </div>
      {kicker && <p className="doc-masthead__kicker">{kicker}</p>}
      <h1 className="doc-masthead__title">{title}</h1>
      {subtitle && <div className="doc-masthead__subtitle">{subtitle}</div>}
    </header>
  );
}
