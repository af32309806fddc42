/** 前台：登记后的提示与来宾组登记中已在场的人. */
export const deskFlowZh = {
  /** A planned guest on site under another visit (a walk-in earlier, another plan). */
  onSiteElsewhere: '已在场 · 胸卡 {{badgeNo}}',
  onSiteElsewhereHint: '{{name}} 已凭胸卡 {{badgeNo}} 在场，签离后才能按本方案登记',
  dialog: {
    skipped: '{{name}} 已在场（胸卡 {{badgeNo}}），不会重复登记',
    skipSummary: '{{names}} 已在场，将跳过；其余 {{count}} 位照常登记。',
    noneLeft: '所选来宾都已在场，没有需要登记的人。',
    submitRest: '登记其余 {{count}} 位',
    outcomesTitle: '本次没有登记任何人',
  },
  outcome: {
    alreadyOnSite: '{{name}} 已在场（胸卡 {{badgeNo}}），未重复登记',
    alreadyCheckedIn: '{{name}} 已为本次来访登记（胸卡 {{badgeNo}}）',
    notInvited: '{{name}} 不在本方案的来宾名单中，未登记',
  },
  nameSeparator: '、',
} as const;
