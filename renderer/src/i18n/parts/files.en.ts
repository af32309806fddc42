/** What the desk says once an export or a saved PDF has reached the user. */
export const filesEn = {
  downloaded: '{{what}} downloaded to your browser’s Downloads folder: {{fileName}}',
  savedTo: '{{what}} saved to {{place}}',
  notSaved: '{{what}} not saved elsewhere; a copy stays in the data folder: {{fileName}}',
  what: {
    audit_one: 'Audit log ({{count}} entry)',
    audit_other: 'Audit log ({{count}} entries)',
    badges: 'Badge PDF',
    document: '{{document}} PDF',
  },
};
