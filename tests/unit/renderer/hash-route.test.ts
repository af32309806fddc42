import { describe, expect, it } from 'vitest';
import { PAGES, pageHash, parseHash } from '../../../renderer/src/lib/useHashRoute';

describe('the hash route', () => {
  it('reads back every page and record link it writes (camel-cased pages such as pastVisits too)', () => {
    for (const page of PAGES) {
      expect(parseHash(pageHash(page)), page).toEqual({ kind: 'page', page });
      expect(parseHash(pageHash(page, '0190a000-0000-7000-8000-000000000001')), page).toEqual({ kind: 'page', page, id: '0190a000-0000-7000-8000-000000000001' });
    }
  });

  it('sends anything else to the front desk', () => {
    expect(parseHash('#/nothing')).toEqual({ kind: 'page', page: 'desk' });
    expect(parseHash('#/plans/a/b')).toEqual({ kind: 'page', page: 'desk' });
  });
});
