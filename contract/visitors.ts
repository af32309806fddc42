import { z } from 'zod';
import { channel } from './channel';
import { text } from './fields';
import { ID_TYPES } from './id-documents';

export const visitorSummary = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  phone: z.string(),
  idType: z.enum(ID_TYPES).nullable(),
  /** Always masked; the full number never leaves main in this slice. */
  idMasked: z.string().nullable(),
  lastVisitAt: z.string().nullable(),
  visitCount: z.number().int(),
});
export type VisitorSummary = z.output<typeof visitorSummary>;

export const visitors = {
  /** Find returning visitors as the receptionist types: name, pinyin, initials, phone, company or ID. */
  search: channel({
    input: () => z.strictObject({
      query: text(50),
      limit: z.number('invalidType').int('invalidType').min(1).max(20).default(8),
    }),
    output: () => z.array(visitorSummary),
    permission: 'visitors.register',
  }),
  /** Shows a visitor's full ID number for a short time; needs a reason and is audited. */
  revealId: channel({
    input: () => z.strictObject({
      personId: z.uuid('invalidId'),
      reason: text(200).pipe(z.string().min(2, 'reason.required')),
    }),
    output: () => z.object({ idType: z.enum(ID_TYPES), idNumber: z.string(), hideAt: z.string() }),
    permission: 'sensitive.reveal',
  }),
};
