import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportCounts, ImportEdit, ImportMapping, ImportResult, ImportRow, ImportSheet, ImportTarget } from '../../../contract/data-import';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { uploadImportFile } from './importUpload';

export type ImportStep = 'file' | 'map' | 'preview' | 'done';
export const IMPORT_PAGE_SIZE = 50;

interface Preview {
  counts: ImportCounts;
  total: number;
  rows: ImportRow[];
}

/**
 * The import wizard's state and calls: upload, open (sheet, header row,
 * suggested mapping), check (a page of rows with the user's fixes and skips),
 * commit. Fixes and skips stay here and go with every call: main checks the
 * whole file again each time, and once more inside the commit.
 */
export function useImportWizard(target: ImportTarget, planId: string | undefined) {
  const [step, setStep] = useState<ImportStep>('file');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sheet, setSheet] = useState<ImportSheet | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [edits, setEdits] = useState<ImportEdit[]>([]);
  const [skip, setSkip] = useState<number[]>([]);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [page, setPage] = useState(1);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const importId = sheet?.importId;
  const idRef = useRef<string | undefined>(undefined);
  idRef.current = step === 'done' ? undefined : importId;

  // An import left half-way is dropped in main when the wizard goes away.
  useEffect(() => () => void (idRef.current && api.imports.cancel({ importId: idRef.current })), []);

  async function upload(file: File) {
    setError(null);
    setProgress(0);
    const sent = await uploadImportFile(file, setProgress);
    setProgress(null);
    if (!sent.ok) return setError(sent.error);
    await open({ importId: sent.importId });
  }

  async function open(input: { importId: string; sheet?: number; headerRow?: number }) {
    setBusy(true);
    const opened = await api.imports.open({ ...input, target });
    setBusy(false);
    if (!opened.ok) return setError(opened.error);
    setError(null);
    setSheet(opened.value);
    setMapping(opened.value.mapping);
    setEdits([]);
    setSkip([]);
    setStep('map');
  }

  const selection = useCallback(() => ({ importId: importId!, target, mapping, edits, skip, ...(planId && { planId }) }), [importId, target, mapping, edits, skip, planId]);

  const check = useCallback(async () => {
    if (!importId) return;
    setBusy(true);
    const checked = await api.imports.check({ ...selection(), only: onlyProblems ? 'problems' : 'all', offset: (page - 1) * IMPORT_PAGE_SIZE, limit: IMPORT_PAGE_SIZE });
    setBusy(false);
    if (!checked.ok) {
      setError(checked.error);
      if (checked.error.issues?.some((i) => i.path.startsWith('mapping'))) setStep('map');
      return;
    }
    setError(null);
    setPreview(checked.value);
  }, [importId, selection, onlyProblems, page]);

  useEffect(() => {
    if (step === 'preview') void check();
  }, [step, check]);

  function fix(index: number, field: ImportEdit['field'], value: string) {
    setEdits((current) => [...current.filter((e) => !(e.index === index && e.field === field)), { index, field, value }]);
  }

  function toggleSkip(index: number, skipped: boolean) {
    setSkip((current) => (skipped ? [...current, index] : current.filter((i) => i !== index)));
  }

  async function commit(skipProblems: boolean) {
    setBusy(true);
    const done = await api.imports.commit({ ...selection(), skipProblems });
    setBusy(false);
    if (!done.ok) return setError(done.error);
    setError(null);
    setResult(done.value);
    setStep('done');
  }

  async function problemsFile(locale: 'zh-CN' | 'en') {
    return api.imports.problems({ ...selection(), locale });
  }

  function restart() {
    if (idRef.current) void api.imports.cancel({ importId: idRef.current });
    setStep('file');
    setSheet(null);
    setPreview(null);
    setResult(null);
    setError(null);
    setPage(1);
    setOnlyProblems(false);
  }

  return {
    step, setStep, busy, progress, error, sheet, mapping, setMapping, edits, skip, onlyProblems, page, preview, result,
    upload, open, fix, toggleSkip, commit, problemsFile, restart,
    setOnlyProblems: (v: boolean) => (setOnlyProblems(v), setPage(1)),
    setPage,
  };
}
export type ImportWizardState = ReturnType<typeof useImportWizard>;
