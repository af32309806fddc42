import type { ThemeConfig } from 'antd';
import { FONT_STACK } from './lib/fonts';

/** Calm and legible at arm's length: one deep blue accent, soft grey ground, no decoration. */
export const deskTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5c99',
    colorInfo: '#1f5c99',
    colorSuccess: '#2e7d4f',
    // antd derives a muddy grey-green background from this deep green; name the light tints outright.
    colorSuccessBg: '#edf7f0',
    colorSuccessBorder: '#b5dcc2',
    colorWarning: '#b7791f',
    colorError: '#c0392b',
    colorBgLayout: '#f1f3f6',
    borderRadius: 6,
    fontFamily: FONT_STACK,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', bodyBg: '#f1f3f6' },
    Table: { headerBg: '#f6f7f9', rowSelectedBg: '#eaf1f8', rowSelectedHoverBg: '#e0eaf4' },
    Card: { headerFontSize: 15 },
    Form: { itemMarginBottom: 14, verticalLabelPadding: '0 0 4px' },
  },
};
