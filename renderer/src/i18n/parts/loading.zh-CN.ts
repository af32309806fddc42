/** Shown while a screen's code arrives: screens load when first opened, not at start. */
export const loadingZh = {
  /** A screen opened for the first time (set-up, the desk after sign-in, plans, clients, administration). */
  screen: '正在打开…',
};
