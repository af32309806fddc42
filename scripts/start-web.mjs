// Starts only the web shell: the core and router on 127.0.0.1, serving the
// renderer build. Builds first when there is no build yet.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'out/main/web.js')) || !existsSync(join(root, 'out/renderer/index.html'))) {
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const { projectNode } = await import('./electron-binary.mjs');
const node = projectNode();
if (node === process.execPath) {
  await import(join(root, 'out/main/web.js'));
} else {
  // Started with an older Node: run the web shell on the project's own Node 22.
  const child = spawn(node, [join(root, 'out/main/web.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
