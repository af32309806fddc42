// Starts only the web shell: the core and router on 127.0.0.1, serving the
// renderer build. Builds first when there is no build yet.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'out/main/web.js')) || !existsSync(join(root, 'out/renderer/index.html'))) {
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import(join(root, 'out/main/web.js'));
