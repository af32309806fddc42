import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const PT_PER_MM = 72 / 25.4;

/** Page size in millimetres of every page, read by poppler's pdfinfo. */
export function pdfPageSizesMm(file: string): { widthMm: number; heightMm: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    widthMm: Math.round((Number(m[1]) / PT_PER_MM) * 10) / 10,
    heightMm: Math.round((Number(m[2]) / PT_PER_MM) * 10) / 10,
  }));
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function savedPrints(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'prints')).filter((f) => f.endsWith('.pdf')).sort();
  } catch {
    return [];
  }
}

export interface WordBox {
  word: string;
  /** Points from the page's top-left corner, as poppler's `pdftotext -bbox` reports them. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of the first page with its box, read by poppler's `pdftotext -bbox`. */
export function pdfWordBoxes(file: string): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[5]!,
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}

/** The PDF saved in a desk's prints/ under a name starting with `prefix`, once it is there, as text without whitespace. */
export async function savedPdf(desk: { dataDir: string }, prefix: string): Promise<{ path: string; text: string }> {
  const find = () => savedPrints(desk.dataDir).find((f) => f.startsWith(prefix));
  await expect.poll(find, { timeout: 30_000, message: `a saved ${prefix} PDF` }).toBeTruthy();
  const path = join(desk.dataDir, 'prints', find()!);
  return { path, text: pdfText(path).replace(/\s+/g, '') };
}
