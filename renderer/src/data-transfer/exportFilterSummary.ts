import type { ExportDataset, ExportFilters } from '../../../contract/data-export';
import { i18n } from '../i18n';

type AnyFilters = Partial<ExportFilters['visits'] & ExportFilters['plans'] & ExportFilters['clients'] & ExportFilters['people']>;

/**
 * The filters an export dialog was opened with, in one line ("日期范围 2026-12-01 – 2026-12-31；关键词 张"):
 * what the person sees is what main is asked for. Client names come from the caller (the filters hold its id).
 */
export function exportFilterSummary(dataset: ExportDataset, filters: AnyFilters, clientName?: string | null): string {
  const t = (key: string) => i18n.t(key);
  const sep = i18n.language === 'en' ? '; ' : '；';
  const list = i18n.language === 'en' ? ', ' : '、';
  const parts: string[] = [];
  if (filters.scope) parts.push(t(`dataExport.deskList.${filters.scope}`));
  if (filters.from || filters.to) parts.push(`${t('dataExport.range')} ${filters.from ?? '…'} – ${filters.to ?? '…'}`);
  if (typeof filters.status === 'string') parts.push(`${t('dataExport.status')} ${t(`dataExport.visitStatus.${filters.status}`)}`);
  if (Array.isArray(filters.status) && filters.status.length) parts.push(`${t('dataExport.status')} ${filters.status.map((s) => i18n.t(`planStatus.${s}`)).join(list)}`);
  if (filters.kind) parts.push(`${t('dataExport.kind')} ${t(`dataExport.visitKind.${filters.kind}`)}`);
  if (filters.clientId) parts.push(`${t('dataExport.client')} ${clientName ?? ''}`.trim());
  if (filters.tier) parts.push(`${t('dataExport.tier')} ${i18n.t(`tiers.${filters.tier}`)}`);
  if (filters.query) parts.push(`${t('dataExport.keyword')} “${filters.query}”`);
  if (filters.withoutClient) parts.push(t('dataExport.withoutClient'));
  if (filters.unscheduled && dataset === 'plans') parts.push(t('dataExport.unscheduled'));
  if (filters.includeArchived) parts.push(t('dataExport.includeArchived'));
  return parts.length ? parts.join(sep) : t('dataExport.noFilter');
}
