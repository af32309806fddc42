/** 设置与首次设置：来访者拜访的单位（名称与标志），与前台（站点）名称分开. */
export const organisationZh = {
  section: '接待单位',
  name: '单位名称',
  namePlaceholder: '例如：星河科技股份有限公司',
  nameHint: '来访者拜访的单位，印在欢迎牌、行程单和访客胸卡上',
  siteNameHint: '这个前台所在的地点，显示在页眉和登录页；单位名称另行填写',
  logo: '单位标志（可选）',
  logoHint: 'PNG 或 JPEG 图片，不超过 {{kb}} KB；印在欢迎牌和行程单的抬头',
  chooseLogo: '选择图片…',
  replaceLogo: '更换图片…',
  removeLogo: '移除标志',
  logoPreview: '单位标志预览',
  logoSize: '{{width}} × {{height}} 像素 · {{kb}} KB',
  missingTitle: '请填写接待单位名称',
  missing: '欢迎牌、行程单和胸卡目前印的是前台名称“{{site}}”。填写来访者拜访的单位名称后，打印件将改用单位名称。',
  errors: {
    notImage: '只能使用 PNG 或 JPEG 图片',
    tooLarge: '图片超过大小上限，请换一张更小的图片',
    badSize: '图片尺寸不合适：宽和高应在 16–4096 像素之间，长宽比不超过 10:1',
  },
};
