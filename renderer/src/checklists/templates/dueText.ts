import type { TFunction } from 'i18next';
import type { Due } from '../../../../contract/checklists';
import { presetOf } from './duePresets';

/** A due time as a person says it: a preset's name, or "90 分钟 before arrival". */
export function dueText(t: TFunction, due: Due): string {
  const preset = presetOf(due);
  if (preset) return t(`checklists.templates.presets.${preset}`);
  const anchor = t(`checklists.anchor.${due.anchor}`);
  if (due.offsetMinutes === 0) return t('checklists.templates.dueText.at', { anchor });
  const minutes = Math.abs(due.offsetMinutes);
  const amount =
    minutes % 60 === 0 ? t('checklists.templates.dueText.hours', { count: minutes / 60 }) : t('checklists.templates.dueText.minutes', { count: minutes });
  return t(due.offsetMinutes < 0 ? 'checklists.templates.dueText.before' : 'checklists.templates.dueText.after', { anchor, amount });
}
