import type { DomainHandlers } from '../../core/handlers';
import { listClasses, saveClass } from './classes';
import { createDocument, submitVersion } from './create';
import { decideVersion } from './decide';
import { listDocuments, listTags } from './list';
import { documentDetailOf } from './rows';
import { ensureArchiveSeeds } from './seeds';
import { removeFolder, saveFolder } from './tree';
import { listFolders } from './tree-read';
import { updateDocument } from './update';
import { compareVersions, openVersion, previewVersion } from './view';

export const archiveHandlers: DomainHandlers<'archive'> = {
  create: (ctx, input) => createDocument(ctx, input),
  list: (ctx, input) => listDocuments(ctx, input),
  get: (ctx, input) => documentDetailOf(ctx.db, input.id, ctx.session),
  update: (ctx, input) => updateDocument(ctx, input),
  submitVersion: (ctx, input) => submitVersion(ctx, input),
  decideVersion: (ctx, input) => decideVersion(ctx, input),
  compare: (ctx, input) => compareVersions(ctx, input),
  preview: (ctx, input) => previewVersion(ctx, input),
  open: (ctx, input) => openVersion(ctx, input),
  tags: (ctx) => listTags(ctx),
  folders: (ctx) => {
    ensureArchiveSeeds(ctx);
    return listFolders(ctx.db, ctx.session);
  },
  saveFolder: (ctx, input) => {
    ensureArchiveSeeds(ctx);
    return saveFolder(ctx, input);
  },
  removeFolder: (ctx, input) => removeFolder(ctx, input),
  classes: (ctx) => {
    ensureArchiveSeeds(ctx);
    return listClasses(ctx.db);
  },
  saveClass: (ctx, input) => {
    ensureArchiveSeeds(ctx);
    return saveClass(ctx, input);
  },
};
