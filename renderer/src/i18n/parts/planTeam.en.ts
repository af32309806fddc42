import type { DeepStrings } from '../messages';
import type { planTeamZh } from './planTeam.zh-CN';

/** Plan editor: team, rooms and vehicles; same keys as the zh-CN part. */
export const planTeamEn: DeepStrings<typeof planTeamZh> = {
  title: 'Plan editor',
};
