/** Settings that belong to this PC, and settings start-up had to repair. */
export const pcSettingsZh = {
  /** The printing section's heading: what it holds is kept on this computer, not for the site. */
  printingThisPc: '本机胸卡打印',
  printingThisPcHint: '打印机、版式和校准只保存在这台电脑上；其他前台电脑各有自己的设置。',
  repairedTitle: '部分设置无法读取，已恢复为默认值',
  repaired: '请检查并重新保存：{{fields}}。详情见审计日志。',
} as const;
