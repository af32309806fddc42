import type { ReactNode } from 'react';

interface Props {
  /** The host organisation, and its logo (a data URL checked by main) when it has one. */
  hostName: string;
  hostLogo: string | null;
  /** A red mark for internal papers (内部资料). */
  stamp?: string;
  kicker?: string;
  title: string;
  subtitle?: ReactNode;
}

/** The top of a document's first page: whose paper it is, then what it is about. */
export function Masthead({ hostName, hostLogo, stamp, kicker, title, subtitle }: Props) {
  return (
    <header className="doc-masthead">
      <div className="doc-masthead__bar">
        <span className="doc-masthead__host">
          {hostLogo && <img className="doc-masthead__logo" src={hostLogo} alt="" />}
          <span className="doc-masthead__site">{hostName}</span>
        </span>
        {stamp && <span className="doc-stamp">{stamp}</span>}
      </div>
      {kicker && <p className="doc-masthead__kicker">{kicker}</p>}
      <h1 className="doc-masthead__title">{title}</h1>
      {subtitle && <div className="doc-masthead__subtitle">{subtitle}</div>}
    </header>
  );
}
