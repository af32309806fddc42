import type { ThemeConfig } from 'antd';
import { FONT_STACK } from './lib/fonts';

/**
 * The desk's colours, once. Every colour that carries text reaches WCAG AA
 * (4.5:1) on white, on the grey ground (#f1f3f6) and on the tinted status
 * backgrounds it sits on; antd's defaults for secondary text (45 % black,
 * about 3.4:1), placeholders (25 % black) and the light tag colours do not.
 * The same values reach antd as tokens and our own CSS as `--desk-*` variables.
 */
export const deskColors = {
  primary: '#1f5c99',
  success: '#2e7d4f',
  successBg: '#edf7f0',
  successBorder: '#b5dcc2',
  /** Deep amber: antd's gold (#b7791f was 3.6:1 on white) reads as text only this dark. */
  warning: '#96600f',
  warningBg: '#fdf6e7',
  warningBorder: '#f0d9a8',
  error: '#c0392b',
  /** Hints, captions, help under fields, empty cells: quieter than body text, still 4.5:1 on the grey ground and selected rows. */
  textMuted: '#5a6474',
  /** Placeholder text: lighter than what was typed, still 4.5:1 on a white field. */
  textPlaceholder: '#6b7280',
  layoutBg: '#f1f3f6',
} as const;

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
    fontFamily: FONT_STACK,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', bodyBg: deskColors.layoutBg },
    Table: { headerBg: '#f6f7f9', rowSelectedBg: '#eaf1f8', rowSelectedHoverBg: '#e0eaf4' },
    Card: { headerFontSize: 15 },
    Form: { itemMarginBottom: 14, verticalLabelPadding: '0 0 4px' },
    // antd drops palette shades set as global tokens; set for the tag itself they hold.
    Tag: tagText,
  },
};

/** The same colours for the app's own CSS, as `--desk-text-muted` and so on. */
export function applyDeskColors(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(deskColors)) {
    root.style.setProperty(`--desk-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  }
}
