import { useEffect, useState } from 'react';
import type { PersonMatch } from '../../../contract/clients';
import { phone as phoneSchema, text } from '../../../contract/fields';
import { idNumberProblem, normalizeIdNumber, type IdType } from '../../../contract/id-documents';
import { api } from '../api/client';

export const MATCH_DEBOUNCE_MS = 400;

export interface MatchCriteria {
  name?: string | undefined;
  phone?: string | undefined;
  idType?: IdType | undefined;
  idNumber?: string | undefined;
}

/**
 * What `people.find` may be asked now: only the parts that are complete and
 * valid (a half-typed ID number or phone would only be refused).
 */
export function findInput(criteria: MatchCriteria): { name?: string; phone?: string; idType?: IdType; idNumber?: string } | null {
  const out: { name?: string; phone?: string; idType?: IdType; idNumber?: string } = {};
  const name = text(50).safeParse(criteria.name ?? '');
  if (name.success && name.data !== '') out.name = name.data;
  const phone = phoneSchema.safeParse(criteria.phone ?? '');
  if (phone.success && phone.data !== '') out.phone = phone.data;
  const idType = criteria.idType ?? 'resident_id';
  const idNumber = normalizeIdNumber(criteria.idNumber ?? '');
  if (idNumber !== '' && idNumber.length <= 40 && !idNumberProblem(idType, idNumber)) {
    out.idType = idType;
    out.idNumber = idNumber;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * Records this may already be, as the name, phone and ID number are typed
 * (debounced); `excludeId` leaves out the record being edited.
 */
export function usePersonMatches(criteria: MatchCriteria, enabled: boolean, excludeId: string | null = null) {
  const [matches, setMatches] = useState<PersonMatch[]>([]);
  const [loading, setLoading] = useState(false);
  const input = enabled ? findInput(criteria) : null;
  const key = input ? JSON.stringify(input) : '';

  useEffect(() => {
    if (!key) {
      setMatches([]);
      setLoading(false);
      return;
    }
    let cancelled = false;
    setLoading(true);
    const timer = window.setTimeout(() => {
      void api.people.find(JSON.parse(key) as MatchCriteria).then((result) => {
        if (cancelled) return;
        setMatches(result.ok ? result.value.filter((m) => m.person.id !== excludeId) : []);
        setLoading(false);
      });
    }, MATCH_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [key, excludeId]);

  return { matches, loading };
}
