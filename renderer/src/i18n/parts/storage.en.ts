import type { DeepStrings } from '../messages';
import type { storageZh } from './storage.zh-CN';

/** The document store: why an upload is refused (`errors.document.`) and the storage health screen. */
export const storageEn: DeepStrings<typeof storageZh> = {
  errors: {
    empty: 'The file is empty',
    tooLarge: 'The file is over the 200 MB limit',
    type: 'This kind of file is not taken: upload a PDF, Word, Excel or PowerPoint file, or an image (PNG, JPEG, GIF, WebP)',
    unreadable: 'The file is damaged or not what its format says, and cannot be read',
    size: 'The file that arrived is not the size of the file chosen: upload it again',
    chunkOrder: 'The upload was interrupted: upload the file again',
  },
  storageHealth: {
    title: 'Storage health check',
    intro: 'Reads every stored file, compares it with its content hash, and checks the database’s integrity. It runs by itself every {{days}} days.',
    run: 'Check now',
    running: 'Checking, please wait…',
    never: 'Not checked yet.',
    lastCheck: 'Last check',
    startedAt: 'Started',
    finishedAt: 'Finished',
    trigger: 'Started by',
    triggers: { schedule: 'Schedule', manual: 'By hand' },
    files: 'Files',
    bytes: 'Total size',
    result: 'Result',
    intact: 'All intact',
    notIntact: 'Problems found',
    database: 'Database',
    databaseOk: 'The database passed its integrity check',
    databaseProblems: 'The database’s integrity check found problems',
    problems: 'Files with problems',
    noProblems: 'Every file matches its recorded hash.',
    kind: 'Problem',
    kinds: { missing: 'File missing', damaged: 'File damaged', unreadable: 'Cannot be read', orphan: 'Stray file (no document uses it)' },
    contentHash: 'Content hash',
    affected: 'Affected documents',
    none: 'None',
    version: 'Version {{no}}',
    confidential: '(confidential document)',
    done: 'Check finished',
  },
};
