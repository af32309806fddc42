import { execFile, spawn } from 'node:child_process';
import type { PrinterInfo } from '../../../contract/print';

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 3000 }, (err, stdout) => resolve(err ? '' : stdout));
  });
}

/** Printers CUPS knows; none when CUPS is not installed (then only "Save as PDF" is offered). */
export async function listCupsPrinters(): Promise<PrinterInfo[]> {
  const [names, defaultLine] = await Promise.all([run('lpstat', ['-e']), run('lpstat', ['-d'])]);
  const defaultName = /:\s*(\S+)\s*$/.exec(defaultLine.trim())?.[1];
  return names
    .split('\n')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ id: name, name, isDefault: name === defaultName }));
}

/** Sends a PDF to a CUPS queue at its exact size, with no scaling. */
export function printWithCups(printer: string, pdf: Buffer, widthMm: number, heightMm: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const lp = spawn('lp', ['-d', printer, '-o', `media=Custom.${widthMm}x${heightMm}mm`, '-o', 'print-scaling=none', '-'], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    lp.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    lp.on('error', reject);
    lp.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lp exited ${code}: ${stderr.trim()}`))));
    lp.stdin.end(pdf);
  });
}
