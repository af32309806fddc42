import { VALUE_LABELS } from '../../../../contract/labels';
/** 胸卡打印：版式、打印与重印确认、胸卡上的字样、打印窗口的状态. */
export const badgesZh = {
  print: {
    layouts: VALUE_LABELS['zh-CN'].badgeLayout,
    labelSize: '标签 {{w}}×{{h}} mm',
    sheetSize: '{{w}}×{{h}} mm 纸张，每页{{count}}枚 ({{bw}}×{{bh}} mm)',
    saveAsPdf: '保存为 PDF',
    defaultPrinter: '默认',
    printing: '正在生成胸卡…',
    saved: '胸卡已保存为 PDF：{{fileName}}',
    printed_other: '已发送到打印机（{{count}} 枚）',
    reprintTitle: '重新打印胸卡？',
    reprintContent_other: '该胸卡已打印过 {{count}} 次，确定重新打印？重印将被记录。',
    reprintContentMany_other: '所选胸卡中有 {{badges}} 枚已打印过（共 {{count}} 次），确定重新打印？重印将被记录。',
    reprintLast: '上次打印：{{time}}',
    reprintOk: '重新打印',
    cancel: '取消',
  },
  badge: {
    visitor: '访客',
    visitorEn: 'VISITOR',
    host: '被访人',
    sampleName: '张伟',
    sampleCompany: '上海明远科技有限公司',
    sampleHost: '李娜',
  },
  printRoute: {
    loading: '正在准备打印…',
    failed: '打印任务不存在或已过期',
  },
} as const;
