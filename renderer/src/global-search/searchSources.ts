import type { TFunction } from 'i18next';
import type { Result } from '../../../contract/result';
import { api } from '../api/client';
import { pageHash } from '../lib/useHashRoute';

/** One thing found: what it is called, a second line, and the hash route that opens it. */
export interface Found {
  id: string;
  title: string;
  detail: string;
  href: string;
}

export const SEARCH_GROUPS = ['people', 'clients', 'plans', 'incidents', 'feedback', 'followups', 'documents'] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

/** Hits shown per group: a look-up, not a list screen. */
export const PER_GROUP = 5;

interface Source {
  /** The permission the channel needs: a group the user may not read is not asked. */
  permission: string;
  run: (query: string, t: TFunction) => Promise<Result<Found[]>>;
}

const line = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p).join(' · ');

function mapped<T>(result: Result<T>, map: (value: T) => Found[]): Result<Found[]> {
  return result.ok ? { ok: true, value: map(result.value) } : result;
}

/**
 * Each group through the channel of its own domain; the search engine behind
 * each (main/search) matches characters, full pinyin and initials.
 */
export const SOURCES: Record<SearchGroup, Source> = {
  people: {
    permission: 'clients.view',
    run: async (query) =>
      mapped(await api.people.list({ query, limit: PER_GROUP }), (page) =>
        page.items.map((p) => ({ id: p.id, title: p.name, detail: line(p.clientName ?? p.company, p.title), href: p.clientId ? pageHash('clients', p.clientId) : pageHash('clients') })),
      ),
  },
  clients: {
    permission: 'clients.view',
    run: async (query) =>
      mapped(await api.clients.list({ query, limit: PER_GROUP }), (page) => page.items.map((c) => ({ id: c.id, title: c.name, detail: line(c.industry, c.accountManager), href: pageHash('clients', c.id) }))),
  },
  plans: {
    permission: 'plans.view',
    run: async (query) =>
      mapped(await api.plans.list({ query, limit: PER_GROUP, order: 'desc' }), (page) =>
        page.items.map((p) => ({ id: p.id, title: p.title, detail: line(p.clientName, p.arrivalAt?.replace('T', ' ')), href: pageHash('plans', p.id) })),
      ),
  },
  incidents: {
    permission: 'incidents.view',
    run: async (query) =>
      mapped(await api.incidents.list({ query, filter: 'all', limit: PER_GROUP }), (page) =>
        page.items.map((i) => ({ id: i.id, title: `${i.code} ${i.title}`, detail: line(i.personName, i.clientName, i.ownerName), href: pageHash('incidents', i.id) })),
      ),
  },
  feedback: {
    permission: 'feedback.view',
    run: async (query, t) =>
      mapped(await api.feedback.responses({ query, limit: PER_GROUP }), (page) =>
        page.items.map((r) => ({
          id: r.id,
          title: line(r.respondentName || r.personName, r.clientName) || (r.planTitle ?? ''),
          detail: line(r.planTitle, r.score === null ? null : t('tasks.search.score', { score: r.score.toFixed(1) })),
          href: pageHash('feedback', r.id),
        })),
      ),
  },
  followups: {
    permission: 'followups.view',
    run: async (query) =>
      mapped(await api.followups.list({ query, filter: 'all', limit: PER_GROUP }), (items) =>
        items.map((f) => ({ id: f.id, title: f.title, detail: line(f.clientName, f.ownerName), href: pageHash('followups', f.id) })),
      ),
  },
  // The archive's documents: by title (and its pinyin), code, tags, notes and the words inside the files.
  documents: {
    permission: 'archive.view',
    run: async (query) =>
      mapped(await api.archive.list({ query, limit: PER_GROUP }), (page) =>
        page.items.map((d) => ({ id: d.id, title: `${d.code} ${d.title}`, detail: line(d.folderPath.join(' / '), d.linkNames.client, d.docDate), href: pageHash('documents', d.id) })),
      ),
  },
};
