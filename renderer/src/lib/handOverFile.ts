import { api } from '../api/client';
import { i18n } from '../i18n';
import { errorText } from './errors';

export interface HandOverNotice {
  type: 'success' | 'warning' | 'error';
  text: string;
}

/** The browser saves what a link with `download` points at; the link carries a one-time id, no token. */
export function startDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Gives the user a file main just made (`fileId` from an export or a saved
 * PDF): a browser download in the web shell, a save dialog in Electron.
 * Returns the one line that says where it went; `what` names the file for
 * people ("胸卡 PDF").
 */
export async function handOverFile(fileId: string, what: string): Promise<HandOverNotice> {
  const result = await api.files.deliver({ fileId });
  if (!result.ok) return { type: 'error', text: errorText(result.error) };
  const delivery = result.value;
  switch (delivery.kind) {
    case 'download':
      startDownload(delivery.url, delivery.fileName);
      return { type: 'success', text: i18n.t('files.downloaded', { what, fileName: delivery.fileName }) };
    case 'saved':
      return { type: 'success', text: i18n.t('files.savedTo', { what, place: delivery.place }) };
    case 'cancelled':
      return { type: 'warning', text: i18n.t('files.notSaved', { what, fileName: delivery.fileName }) };
  }
}
