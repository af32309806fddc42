import { i18n } from '../../../i18n';
import { issueText } from '../../../lib/errors';

/** A cell's problem key as text: the app's shared field messages, or this editor's own. */
export function problemText(key: string): string {
  return key === 'sameAsPrimary' ? i18n.t('planTeam.team.sameAsPrimary') : issueText(key);
}
