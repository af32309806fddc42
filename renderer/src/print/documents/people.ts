import { formatPhone } from './dates';
import type { Words } from './words';

/** 张伟 董事长 / Zhang Wei, Chairman; the name alone when there is no title. */
export function personWithTitle(w: Words, person: { name: string; title: string }, key = 'doc.leadGuest'): string {
  return person.title ? w.p(key, { name: person.name, title: person.title }) : person.name;
}

/** Who is coming: the lead guest and the party's size, or just the size. */
export function partyText(w: Words, lead: { name: string; title: string } | null, count: number): string {
  if (lead && count > 1) return w.p('doc.leadParty', { lead: personWithTitle(w, lead), count });
  if (lead) return personWithTitle(w, lead);
  return w.p('doc.party', { count });
}

/** 李娜 138 0013 8000, or just the name when no phone is on file. */
export function nameAndPhone(name: string, phone: string): string {
  return phone ? `${name}  ${formatPhone(phone)}` : name;
}
