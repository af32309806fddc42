import type { ThemeConfig } from 'antd';

/**
 * The one home of the app's look: every colour, font stack and spacing step.
 * antd reads them as theme tokens (`deskTheme`); the app's own CSS reads the
 * same values as variables (`--desk-*`, `--print-*`) that `applyDeskStyle`
 * writes on the document before the first paint. A unit test
 * (tests/unit/style-source.test.ts) fails when a colour literal or a font
 * list appears anywhere else in renderer/src, or when CSS names a variable
 * this file does not define.
 */

/**
 * The desk's colours. Every colour that carries text reaches WCAG AA (4.5:1)
 * on white, on the grey ground (layoutBg) and on the tinted backgrounds it
 * sits on; antd's defaults for secondary text (45 % black, about 3.4:1),
 * placeholders (25 % black) and the light tag colours do not.
 */
export const deskColors = {
  primary: '#1f5c99',
  /** Deep blue for text on the blue tints (times, card titles). */
  primaryInk: '#1f3b57',
  primaryBg: '#f4f8fc',
  primaryBgSelected: '#eaf1f8',
  primaryBgSelectedHover: '#e0eaf4',
  primaryBgStrong: '#e4edf8',
  primaryBorder: '#c7d7e8',
  /** The calendar's drag selection: the primary at 12 %. */
  primaryHighlight: 'rgba(31, 92, 153, 0.12)',
  /** Keycaps drawn on a solid primary button. */
  onPrimaryBorder: 'rgba(255, 255, 255, 0.45)',
  onPrimaryFill: 'rgba(255, 255, 255, 0.14)',

  success: '#2e7d4f',
  /** Green for text on white and pale rows ("arrived"). */
  successText: '#16794a',
  successBg: '#edf7f0',
  successBorder: '#b5dcc2',
  /** Deep amber: antd's gold (#b7791f was 3.6:1 on white) reads as text only this dark. */
  warning: '#96600f',
  warningBg: '#fdf6e7',
  warningBorder: '#f0d9a8',
  /** Orange text for a clash or a short resource. */
  warningText: '#b45309',
  /** Red-orange text for what needs attention soon (an ID shown, guests skipped). */
  attentionText: '#9a3412',
  /** Rows that changed or clash. */
  warningRowBg: '#fff7e6',
  /** Rows that still miss something (a team role without a backup). */
  noticeRowBg: '#fffbe6',
  /** The lead guest's row: a warm paper tint, not a warning. */
  leadRowBg: '#fbf7ea',
  error: '#c0392b',
  /** Red for short error text on white. */
  errorText: '#b42318',
  errorBorder: '#f04438',
  errorBg: '#fff2f0',

  /** VIP groups at the desk: a gold edge and a warm head. */
  vipEdge: '#d4a017',
  vipBorder: '#ecd38c',
  vipBorderSoft: '#f3e2ad',
  vipBgFrom: '#fff7dc',
  vipBgTo: '#fffcf2',

  /** Plan levels in the calendar: ground, left edge and text of each event. */
  planNormalEdge: '#7d8ba0',
  planNormalText: '#263241',
  planKeyText: '#0f3557',
  planVipBg: '#fdf1d8',
  planVipEdge: '#c7870e',
  planVipText: '#553600',

  /** Names, titles, numbers that matter. */
  textStrong: '#101828',
  /** Body text of the app's own blocks. */
  text: '#344054',
  /** Labels and secondary lines. */
  textSecondary: '#475467',
  /** Hints, captions, help under fields, empty cells: quieter than body text, still 4.5:1 on the grey ground and selected rows. */
  textMuted: '#5a6474',
  /** Placeholder text: lighter than what was typed, still 4.5:1 on a white field. */
  textPlaceholder: '#6b7280',

  surface: '#ffffff',
  layoutBg: '#f1f3f6',
  /** The sign-in page's sky: from this to layoutBg. */
  authBgTop: '#e9eef5',
  fillHeader: '#f6f7f9',
  fillQuiet: '#eef1f5',
  fillFaint: '#f8fafc',
  fillMuted: '#f2f4f7',
  border: '#e4e7ec',
  borderStrong: '#d0d5dd',
  borderSoft: '#eaecf0',
  borderFaint: '#f0f0f0',
  /** A thin divider between the app name and the site name. */
  divider: '#c5ccd6',
  /** Dashed outlines of a preview (paper edge, drop zone). */
  outline: '#98a2b3',
  shadow: 'rgba(16, 24, 40, 0.12)',
  shadowSoft: 'rgba(16, 24, 40, 0.08)',
} as const;

/**
 * Fixed colours of printed paper: badges print black on white whatever the
 * screen looks like, and the A4 documents keep their own calm ink.
 */
export const printColors = {
  paper: '#ffffff',
  ink: '#000000',
  /** Dashed outline of the badge's cut line, shown on screen only. */
  cutLine: '#a0a0a0',
  /** The print window's own messages (loading, failed). */
  statusText: '#333333',
  statusError: '#b00020',
  screenBg: '#d9dce1',
  screenShadow: 'rgba(0, 0, 0, 0.25)',

  docInk: '#101828',
  docText: '#1d2939',
  docSecondary: '#475467',
  docMuted: '#667085',
  docRule: '#e4e7ec',
  docRuleStrong: '#d0d5dd',
  docBorder: '#98a2b3',
  docAccent: '#1f3a5f',
  docTint: '#f3f6fa',
  /** "Internal" stamp and VIP marks. */
  docAlert: '#b42318',
  docWarning: '#b54708',
  docCalloutEdge: '#dc6803',
  docCalloutBg: '#fffaeb',
  docGold: '#8a6a2f',

  signGold: '#b8955a',
  signGoldText: '#7a6338',
  signRed: '#9b1c1c',
  signInk: '#1a1a1a',
} as const;

/**
 * Report charts (ECharts), on screen and on paper alike: series colours in a
 * fixed order (walk-ins, planned, visitors, …), told apart in grey print too
 * by their lightness, and the heatmap's ramp from empty to busiest.
 */
export const chartColors = {
  series: ['#1f5c99', '#d4a017', '#2e7d4f', '#c0392b', '#7a5aa6', '#0f7c8a', '#96600f', '#5a6474'],
  heat: ['#f4f8fc', '#c7d7e8', '#7fa6cf', '#1f5c99', '#0f2f52'],
  text: '#344054',
  axis: '#5a6474',
  grid: '#e4e7ec',
  background: '#ffffff',
} as const;

/** Local fonts only (the CSP forbids remote ones): Noto on Linux, YaHei on Windows, PingFang on macOS. */
export const deskFonts = {
  sans: '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Segoe UI", system-ui, sans-serif',
  /** Typed or read character by character: passphrases, ID numbers, badge numbers. */
  mono: '"JetBrains Mono", Consolas, "DejaVu Sans Mono", "Liberation Mono", "Courier New", monospace',
  /** The welcome sign's and documents' formal headings. */
  serif: '"Noto Serif CJK SC", "Noto Serif SC", "Songti SC", "SimSun", serif',
} as const;

/**
 * Spacing steps in pixels: antd's own (paddingXXS 4 … paddingXL 32, the same
 * for margins), so the app's blocks line up with antd's. A test checks antd
 * still derives these from the theme.
 */
export const deskSpace = { xxs: 4, xs: 8, sm: 12, md: 16, lg: 24, xl: 32 } as const;

/**
 * Text colours of antd's coloured tags (`<Tag color="gold">`). antd writes
 * tag text in shade 7 of each palette, below 4.5:1 on the tag's own shade-1
 * background for gold, orange, green, cyan, lime, yellow and volcano; these
 * are the first shades of the same palettes that pass.
 */
const tagText = {
  gold7: '#874d00',
  orange7: '#ad4e00',
  green7: '#237804',
  cyan7: '#006d75',
  lime7: '#3f6600',
  yellow7: '#876800',
  volcano7: '#ad2102',
};

/** Calm and legible at arm's length: one deep blue accent, soft grey ground, no decoration. */
export const deskTheme: ThemeConfig = {
  token: {
    colorPrimary: deskColors.primary,
    colorInfo: deskColors.primary,
    colorSuccess: deskColors.success,
    // antd derives a muddy grey-green background from this deep green; name the light tints outright.
    colorSuccessBg: deskColors.successBg,
    colorSuccessBorder: deskColors.successBorder,
    colorWarning: deskColors.warning,
    colorWarningBg: deskColors.warningBg,
    colorWarningBorder: deskColors.warningBorder,
    colorError: deskColors.error,
    colorTextTertiary: deskColors.textMuted,
    colorTextDescription: deskColors.textMuted,
    colorTextPlaceholder: deskColors.textPlaceholder,
    colorBgLayout: deskColors.layoutBg,
    borderRadius: 6,
    fontFamily: deskFonts.sans,
    fontFamilyCode: deskFonts.mono,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: deskColors.surface, headerHeight: 56, headerPadding: '0 20px', bodyBg: deskColors.layoutBg },
    Table: { headerBg: deskColors.fillHeader, rowSelectedBg: deskColors.primaryBgSelected, rowSelectedHoverBg: deskColors.primaryBgSelectedHover },
    Card: { headerFontSize: 15 },
    Form: { itemMarginBottom: 14, verticalLabelPadding: `0 0 ${deskSpace.xxs}px` },
    // antd drops palette shades set as global tokens; set for the tag itself they hold.
    Tag: tagText,
  },
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every CSS variable the app's own stylesheets may use, with its value. */
export function deskCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(deskColors)) vars[`--desk-${kebab(name)}`] = value;
  for (const [name, value] of Object.entries(printColors)) vars[`--print-${kebab(name)}`] = value;
  for (const [name, value] of Object.entries(deskFonts)) vars[`--desk-font-${name}`] = value;
  for (const [name, value] of Object.entries(deskSpace)) vars[`--desk-space-${name}`] = `${value}px`;
  return vars;
}

/** Writes the variables on the document, before the first paint, so the app's own CSS never shows its values unset. */
export function applyDeskStyle(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(deskCssVariables())) root.style.setProperty(name, value);
}
