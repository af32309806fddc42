import type { z } from 'zod';
import { app } from './app';
import { archive, storage } from './archive';
import { audit } from './audit';
import { backup, setupRestore } from './backup';
import { checklists } from './checklists';
import { clients, people } from './clients';
import { feedback } from './feedback';
import { followups } from './followups';
import { incidents, scripts } from './incidents';
import { files } from './files';
import type { Channel } from './channel';
import { keys } from './keys';
import { pastVisits } from './past-visits';
import { plans as planChannels, resources, teamPlans } from './plans';
import { print } from './print';
import { dataExport } from './data-export';
import { dataImport } from './data-import';
import { quality } from './quality';
import { reports } from './reports';
import { retention } from './retention';
import type { Result } from './result';
import { session, setup as setupChannels } from './session';
import { settings } from './settings';
import { tasks } from './tasks';
import { users } from './users';
import { visitors } from './visitors';
import { visits } from './visits';

/** Every IPC channel, by domain then verb; the channel name is `domain.verb`. */
/** Plans' channels live in one domain; team and bookings are declared beside the rest of contract/plans.ts. */
const plans = { ...planChannels, ...teamPlans };
/** First run: set up a new desk, or restore one from a backup (declared in contract/backup.ts). */
const setup = { ...setupChannels, ...setupRestore };

export const contract = { session, setup, app, visitors, visits, print, settings, users, audit, keys, plans, resources, clients, people, files, backup, checklists, quality, incidents, scripts, feedback, followups, tasks, archive, storage, pastVisits, retention, reports, exports: dataExport, imports: dataImport } as const;
export type Contract = typeof contract;
export type Domain = keyof Contract;

type Method<C> = C extends Channel<infer I, infer O>
  ? (input: z.input<I>) => Promise<Result<z.output<O>>>
  : never;

/** `window.api`: typed from the contract, so a wrong call fails `tsc`. */
export type Api = { [D in Domain]: { [V in keyof Contract[D]]: Method<Contract[D][V]> } };

export type Input<D extends Domain, V extends keyof Contract[D]> = z.input<Extract<Contract[D][V], Channel>['input']>;
/** The input after validation: what a handler in main receives. */
export type Parsed<D extends Domain, V extends keyof Contract[D]> = z.output<Extract<Contract[D][V], Channel>['input']>;
export type Output<D extends Domain, V extends keyof Contract[D]> = z.output<Extract<Contract[D][V], Channel>['output']>;

export function channelNames(): string[] {
  return Object.entries(contract).flatMap(([domain, verbs]) => Object.keys(verbs).map((v) => `${domain}.${v}`));
}

export function findChannel(name: string): Channel | undefined {
  const [domain, verb, extra] = name.split('.');
  if (!domain || !verb || extra !== undefined || !Object.hasOwn(contract, domain)) return undefined;
  const verbs = contract[domain as Domain] as Record<string, Channel>;
  return Object.hasOwn(verbs, verb) ? verbs[verb] : undefined;
}

export { buildApi, type Invoke } from './build-api';

export type { Result, ApiError, ErrorCode, FieldIssue } from './result';
export type { Permission } from './permissions';
