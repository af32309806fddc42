/** 接待方案的状态、接待级别与提醒. */
export const planWordsZh = {
  planStatus: {
    draft: '草稿',
    confirmed: '已确认',
    in_progress: '接待中',
    completed: '已完成',
    cancelled: '已取消',
    archived: '已归档',
  },
  receptionLevels: {
    vip: 'VIP 接待',
    key: '重点接待',
    normal: '常规接待',
  },
  planWarnings: {
    itineraryOverlap: '日程中有时间重叠的安排',
    itineraryOutsideVisit: '有日程安排在到达至离开时间之外',
    headcountMismatch: '来宾名单人数与预计人数不符',
    noLeadGuest: '尚未指定带队来宾',
    roleWithoutBackup: '关键岗位（接待、讲解）缺少 B 角',
    staffDoubleBooked: '有工作人员同一时段还在其他接待中',
    noSpareRoom: 'VIP 接待尚未预留备用会议室',
    noSpareVehicle: 'VIP 接待尚未预留备用车辆',
  },
} as const;
