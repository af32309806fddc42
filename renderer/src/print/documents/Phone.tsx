import { Fragment } from 'react';
import { formatPhone } from './dates';

/**
 * A phone as printed in a column or beside a name. A mobile (138 1234 5678)
 * stays on one line; a landline may go on after the dash of its area code or
 * extension (0755-12345678-123456, the longest the contract allows); a number
 * with no dash breaks only where nothing else fits (.doc-phone). It never runs
 * past its column into the next one, as a nowrap number would.
 */
export function Phone({ phone }: { phone: string }) {
  const parts = formatPhone(phone).replaceAll(' ', '\u00a0').split(/(?<=-)/);
  return (
    <span className="doc-phone">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
