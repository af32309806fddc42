import type { TableProps } from 'antd';
import { i18n } from '../i18n';

/**
 * antd's selection checkboxes name themselves in English ("Select all",
 * "Select row 3"); these name them in the desk's language, and by the row's
 * own name rather than its position.
 */
export function selectionLabels<T>(rowName: (row: T) => string): Pick<NonNullable<TableProps<T>['rowSelection']>, 'getCheckboxProps' | 'getTitleCheckboxProps'> {
  return {
    getTitleCheckboxProps: () => ({ 'aria-label': i18n.t('words.select.all') }),
    getCheckboxProps: (row: T) => ({ 'aria-label': i18n.t('words.select.row', { name: rowName(row) }) }),
  };
}
