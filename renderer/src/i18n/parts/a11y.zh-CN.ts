/**
 * Names read out by screen readers where a control shows one thing and does
 * another. Each name starts with the text on screen, so a voice-control user
 * can say what they see.
 */
export const a11yZh = {
  /** The header's account button shows the user's name. */
  userMenu: '{{name}} 的账号菜单',
  /** The masked ID number is a button that asks to reveal it. */
  revealId: '{{id}}，查看完整证件号',
};
