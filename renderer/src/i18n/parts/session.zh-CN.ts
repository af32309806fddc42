/** 账号与会话：账号菜单、登录、锁定、解封与修改密码. */
export const sessionZh = {
  account: {
    menu: '账号菜单',
    lock: '锁定',
    lockHint: '锁定 Ctrl+L',
    changePassword: '修改密码',
    signOut: '退出登录',
    roles: '角色：{{roles}}',
    noPages: '当前账号没有可打开的页面，请联系管理员分配角色。',
  },
  auth: {
    login: '账号',
    password: '密码',
  },
  signIn: {
    title: '登录',
    subtitle: '请使用您的账号登录接待台',
    submit: '登录',
    retryIn: '尝试次数过多，请 {{seconds}} 秒后再试',
  },
  lock: {
    title: '接待台已锁定',
    signedInAs: '{{name}} 已登录',
    prompt: '输入密码解锁',
    unlock: '解锁',
    signOut: '切换账号 / 退出登录',
    wrongPassword: '密码不正确',
  },
  unseal: {
    title: '输入恢复口令',
    explain: '这台电脑没有可用的系统钥匙串，需要管理员输入首次设置时记下的恢复口令，才能打开接待台的数据。',
    passphrase: '恢复口令',
    submit: '打开数据',
  },
  password: {
    title: '修改密码',
    mustChange: '这是首次登录或密码刚被重置，请先设置只有您自己知道的新密码。',
    current: '当前密码',
    next: '新密码',
    next2: '再次输入新密码',
    hint: '至少 8 位，须包含字母和数字',
    submit: '修改密码',
    cancel: '取消',
    done: '密码已修改',
  },
} as const;
