/** Forms that keep what was typed (leaving with changes, numbers typed as text) and the directory's people. */
export const formsEn = {
  discard: {
    title: 'Discard unsaved changes?',
    content: 'What you entered in this form has not been saved and will be lost if you close it.',
    ok: 'Discard changes',
    cancel: 'Keep editing',
  },
  tooLong: 'At most {{max}} characters; this has {{count}}',
  number: {
    notWhole: 'Enter a whole number',
  },
  people: {
    tabsLabel: 'Clients and people',
    tabClients: 'Organizations',
    tabPeople: 'People',
    search: 'Search by name, pinyin, initials, company or phone',
    onlyWithoutClient: 'Only people without a client (walk-ins)',
    organization: 'Client / company',
    noClient: 'Walk-in',
    empty: 'No people match',
    total_one: '{{total}} person',
    total_other: '{{total}} people',
    mergePickPlaceholder: 'Search everyone by name, pinyin, initials or phone',
  },
} as const;
