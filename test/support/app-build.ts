import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the app compiled to JavaScript: see {@link buildApp}. */
    appBuild: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const builds = path.join(root, 'node_modules', '.cache', 'ssaem-test-app');

/** Test scripts that tests run as child processes, on the app's modules. */
const childScripts = [
  'test/support/answer-racer.ts',
  'test/support/heap-bounds.ts',
  'test/support/long-queries.ts',
  'test/support/max-autocompletes.ts',
];

/** Every TypeScript file of the app, and the child scripts, relative to the project root, sorted. */
function sources(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(path.join(dir, e.name))
        : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
          ? [path.join(dir, e.name)]
          : [],
    );
  return [...walk('src'), ...walk('commands'), ...childScripts].sort();
}

/**
 * The app compiled file by file to plain JavaScript, for the tests' child processes: `node --import tsx` spends
 * about a second of CPU per process in tsx's loader (70-odd processes a run). Each `x.ts` becomes `x.js` beside
 * a link to its source, so everything the app finds next to its own file (the `commands/` it imports, the
 * sources it fingerprints, `knowledge/`) is where it is in the project (and `test/fixtures`, for the child
 * scripts); the notes worker and the shards it starts run compiled too. `commands/` holds only the compiled
 * modules (the loader takes `.js` too). Kept by the
 * sources' hash, so a run compiles only after an edit; the tests of `npm start` and the README run the real
 * commands.
 */
export async function buildApp(): Promise<string> {
  const files = sources();
  const hash = createHash('sha256');
  for (const f of [...files, 'tsconfig.json', 'test/support/app-build.ts'])
    hash.update(`${f}\u0000`).update(readFileSync(path.join(root, f)));
  const dir = path.join(builds, hash.digest('hex').slice(0, 16));
  if (existsSync(dir)) return dir;
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  await build({
    entryPoints: files,
    outbase: root,
    outdir: tmp,
    bundle: true,
    format: 'esm',
    platform: 'node',
    // As tsx compiles: for this Node, keeping function and class names.
    target: `node${process.versions.node}`,
    keepNames: true,
    packages: 'external',
    logLevel: 'error',
    plugins: [
      {
        // Each file compiled alone: its relative imports stay imports, of the compiled `.js`.
        name: 'one-file-each',
        setup(b) {
          b.onResolve({ filter: /^\.\.?\// }, (args) =>
            args.kind === 'entry-point'
              ? undefined
              : { path: args.path.replace(/\.ts$/, '.js'), external: true },
          );
        },
      },
    ],
  });
  for (const f of files)
    if (!f.startsWith(`commands${path.sep}`)) symlinkSync(path.join(root, f), path.join(tmp, f));
  for (const dir of ['knowledge', 'test/fixtures']) symlinkSync(path.join(root, dir), path.join(tmp, dir));
  try {
    renameSync(tmp, dir);
  } catch {
    // Another run compiled the same sources first.
    rmSync(tmp, { recursive: true, force: true });
  }
  // Older builds go: one per edit would pile up.
  for (const name of readdirSync(builds))
    if (name !== path.basename(dir) && Date.now() - statSync(path.join(builds, name)).mtimeMs > 3_600_000)
      rmSync(path.join(builds, name), { recursive: true, force: true });
  return dir;
}

export default async function setup(project: TestProject): Promise<void> {
  mkdirSync(builds, { recursive: true });
  project.provide('appBuild', await buildApp());
}
