import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n';
import { reportWords, type ReportWords } from '../report-charts/words';

/** The report's words in the desk's language, renewed when the language changes. */
export function useReportWords(): ReportWords {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  return useMemo(() => reportWords(locale), [locale]);
}
