import type { Output, Parsed } from '../../../contract';
import type { ImportSelection } from '../../../contract/data-import';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { checkRows, type CheckOutcome } from './check-rows';
import { importOf } from './import-sessions';

/** The check of the caller's import under a selection, reused while the selection is the same (paging the preview checks once). */
export function checkedImport(ctx: ServiceContext, selection: ImportSelection): CheckOutcome {
  const upload = importOf(ctx, selection.importId);
  if (!upload.table) throw new AppError('VALIDATION', 'The file has not been read yet.', { reason: 'notOpened' }, [{ path: 'file', message: 'import.incomplete' }]);
  const { importId, target, planId, mapping, edits, skip } = selection;
  const key = JSON.stringify({ importId, target, planId, mapping, edits, skip });
  if (upload.checked?.key === key) return upload.checked.value as CheckOutcome;
  const outcome = checkRows(ctx, ctx.db, upload.table, selection);
  upload.checked = { key, value: outcome };
  return outcome;
}

export function previewImport(ctx: ServiceContext, input: Parsed<'imports', 'check'>): Output<'imports', 'check'> {
  const { rows, counts } = checkedImport(ctx, input);
  const shown = input.only === 'problems' ? rows.filter((r) => !r.skipped && r.issues.length > 0) : input.only === 'existing' ? rows.filter((r) => !r.skipped && r.existing) : rows;
  return {
    counts,
    total: shown.length,
    rows: shown.slice(input.offset, input.offset + input.limit).map(({ parsed: _parsed, ...row }) => row),
  };
}
