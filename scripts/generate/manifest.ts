import type { SampleSet } from './samples';

/*
 * What the generator is asked and what a generated folder says about itself
 * (<dir>/generated.json): small and free of the generator's code, so the
 * benchmark reads a folder without loading the generator.
 */

export interface GenerateOptions {
  dir: string;
  visitors: number;
  visits: number;
  /** Years of history ending on endDate; default 10. */
  years?: number;
  seed?: number;
  /** YYYY-MM-DD, default today. On today, history stops at the present instant. */
  endDate?: string;
  plansPerWeek?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface GeneratedManifest {
  dir: string;
  adminLogin: string;
  adminPassword: string;
  recoveryPassphrase: string;
  counts: Record<string, number>;
  tookMs: number;
  seed: number;
  endDate: string;
  samples: SampleSet;
}

/** The manifest's file name inside a generated folder. */
export const MANIFEST_FILE = 'generated.json';
