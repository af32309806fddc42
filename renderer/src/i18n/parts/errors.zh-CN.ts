import { pastVisitsZh } from './pastVisits.zh-CN';
import { organisationZh } from './organisation.zh-CN';
import { storageZh } from './storage.zh-CN';

/** 校验与错误：契约的校验消息（`errors.`）和主进程错误代码（`codes.`）. */
export const errorsZh = {
  errors: {
    pastVisits: pastVisitsZh.errors,
    destruction: {
      notExpired: '该条目尚未到期，不能申请销毁',
    },
    logo: organisationZh.errors,
    // The store's refusals (storage part) and the archive's own document words.
    document: { ...storageZh.errors, rejectNote: '驳回时请写明原因' },
    invalid: '输入有误',
    report: {
      rangeTooLong: '报表的时间范围最长约十年（3700 天）',
    },
    datetime: {
      invalid: '请输入有效的日期和时间',
    },
    plan: {
      departureBeforeArrival: '离开时间应晚于到达时间',
      cancelReason: '请填写取消原因',
      overrideReason: '请填写强制开始的原因',
    },
    checklist: {
      problemNote: '有问题的事项请写明情况',
    },
    itinerary: {
      endBeforeStart: '结束时间应晚于开始时间',
    },
    team: {
      sameAsPrimary: 'B 角不能与 A 角是同一人',
    },
    guests: {
      duplicate: '同一位来宾不能重复添加',
    },
    resource: {
      nameTaken: '已有同名的会议室或车辆',
    },
    quality: {
      notInspection: '请选择质量检查类的模板',
      judgedTwice: '同一检查项只能评定一次',
      unjudged: '模板中的每一项都需要评定（合格、不合格或不适用）',
      inFuture: '时间不能晚于现在',
    },
    feedback: {
      choiceOptions: '选择题至少需要两个选项',
      duplicateId: '同一题目编号出现了两次',
      unknownQuestion: '问卷中没有这道题',
      answeredTwice: '同一道题只能回答一次',
      wrongKind: '答案与题型不符',
      oneChoice: '这道题只能选一项',
      unanswered: '请回答这道必答题',
      future: '填写时间不能晚于现在',
    },    required: '必填',
    tooLong: '内容过长',
    invalidChars: '含有不可见字符或控制字符，请删除',
    invalidType: '格式不正确',
    invalidOption: '请选择有效的选项',
    invalidId: '记录编号无效',
    tooMany: '数量超过上限',
    outOfRange: '超出允许范围',
    phone: {
      invalid: '请输入有效的手机或电话号码',
    },
    id: {
      length18: '居民身份证号码应为 18 位',
      format: '前 17 位应为数字，末位为数字或 X',
      region: '身份证号码的地区码无效',
      birthDate: '身份证号码中的出生日期无效',
      checkDigit: '校验位不符，请逐位核对证件',
      passport: '护照号码应为 5–20 位字母或数字',
      hkMacaoPermit: '应为 H 或 M 开头，后接 8 或 10 位数字',
      taiwanPermit: '应为 8 或 10 位数字',
      other: '应为 3–30 位字母或数字',
      belongsToAnother: '该证件号码已登记在另一位访客名下',
    },
    privacy: {
      required: '请先让访客阅读并同意告知',
    },
    login: {
      format: '只能使用字母、数字、点、横线或下划线',
      tooShort: '账号至少 2 个字符',
    },
    password: {
      tooShort: '密码至少 8 位',
      weak: '密码须同时包含字母和数字',
      wrongCurrent: '当前密码不正确',
      same: '新密码不能与当前密码相同',
      mismatch: '两次输入的密码不一致',
    },
    user: {
      inactive: '该用户不存在或已停用，不能接收任务',
    },
    roles: {
      required: '请至少选择一个角色',
    },
    reason: {
      required: '请填写查看原因（至少 2 个字）',
    },
    identityReason: {
      required: '请填写更新原因（至少 2 个字）',
    },
    email: {
      invalid: '请输入有效的邮箱地址',
    },
    tags: {
      tooMany: '标签最多 20 个',
    },
    client: {
      nameTaken: '已有同名客户',
      notFound: '该客户不存在或已归档',
      vipManager: 'VIP 客户须指定一位客户经理（系统用户）',
      managerUnknown: '客户经理须是在职（已启用）的用户',
    },
    followup: {
      stepOrder: '步骤的天数应由小到大排列',
      ownerUnknown: '负责人须是在职（已启用）的用户',
      postponeDay: '请推迟到原定日期之后、且不早于今天的日期',
      stepClosed: '这一步已完成或已跳过',
      cancelled: '该跟进已取消',
      templateNotFound: '跟进模板不存在',
      planNotFound: '接待方案不存在',
      stepNotFound: '该步骤不在这项跟进中',
      careNotFound: '没有这条关怀提醒',
      careWindow: '一次最多查看一年内的关怀提醒',
    },
    merge: {
      sameRecord: '不能把记录合并到它自己',
    },
    date: {
      invalid: '请输入有效的日期（不晚于今天）',
      format: '日期格式应为 YYYY-MM-DD',
      notReal: '没有这一天，请输入 1800–2999 年间存在的日期',
      rangeReversed: '结束日期不能早于开始日期',
    },
    recovery: {
      mismatch: '与显示的恢复口令不一致，请逐字核对',
    },
    time: {
      invalid: '请输入有效的时间（HH:mm）',
      format: '时间格式应为 HH:mm（24 小时制），如 12:30',
    },
    incident: {
      tiersIncomplete: '每个紧急程度都需要一条规则',
      workDayOrder: '下班时间应晚于上班时间',
      reopenNote: '退回重办请写明原因',
      callBackScore: '已联系上的回访请打满意度分数',
    },
    folder: {
      notAbsolute: '请输入完整的文件夹路径，如 E:\\备份 或 /media/usb',
    },
    archive: {
      classNotFound: '没有这个文档类别（或已停用）',
      folderArchived: '该目录已停用，不能再添加子目录',
      folderNotFound: '没有这个目录（或已停用）',
      lowerConfidential: '只有可查看机密文档的人员才能降低机密文档的密级',
      otherDocument: '只能比较同一文档的两个版本',
      ownVersion: '不能审批自己提交的版本，请由另一位主管审批',
      tooDeep: '档案目录最多三级（业务类型 / 客户级别 / 项目阶段）',
      versionDecided: '该版本已审批过',
      linkNotFound: '关联的记录不存在',
    },
  },
  codes: {
    VALIDATION: '输入有误，请检查标红的字段',
    UNKNOWN_CHANNEL: '应用版本不一致，请重启接待台',
    PAYLOAD_TOO_LARGE: '提交的内容过多',
    UNAUTHORIZED: '请先登录',
    FORBIDDEN: '您的角色无权执行此操作',
    SEALED: '数据尚未打开，请先输入恢复口令',
    SETUP_REQUIRED: '请先完成首次设置',
    LOCKED: '接待台已锁定，请输入密码解锁',
    PASSWORD_CHANGE_REQUIRED: '请先修改密码',
    INVALID_CREDENTIALS: '账号或密码不正确',
    ACCOUNT_LOCKED: '尝试次数过多，请稍后再试',
    WRONG_PASSPHRASE: '恢复口令不正确',
    NOT_FOUND: '未找到相应记录',
    CONFLICT: '与现有记录冲突',
    ALREADY_CHECKED_OUT: '该访客已签离',
    NOT_CHECKED_OUT: '该访客尚未签离',
    ALREADY_PRINTED: '该胸卡已打印过',
    PRINTER_UNAVAILABLE: '打印机不可用，请检查连接或在设置中选择其他打印机',
    PRINT_FAILED: '打印失败，请检查打印机后重试',
    STORAGE_FULL: '磁盘空间已满，未能保存',
    BACKUP_DAMAGED: '备份快照已损坏或被改动，未做恢复',
    FOLDER_UNUSABLE: '该文件夹无法用于备份',
    INTERNAL: '系统出错，未做任何更改，请重试',
    KIOSK: '接待台正处于反馈自助模式，请员工登录后再操作',
  },
} as const;
