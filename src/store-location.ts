import { accessSync, constants, type Stats, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { sqlitePathFrom } from './store/store.ts';

class Unreachable extends Error {}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'EACCES') throw new Unreachable();
    throw error;
  }
}

const can = (path: string, mode: number) => {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
};

const who = () => {
  try {
    return `user ${userInfo().username}`;
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`;
  }
};

/**
 * Why the SQLite file `DATABASE_URL` names cannot be opened, in words a person can act on, or null
 * when the file system sees no obstacle (PostgreSQL URLs and `:memory:` are not files). SQLite itself
 * only says "unable to open database file", and creating the folder says EEXIST when a file is in the way.
 */
export function sqliteLocationProblem(url: string): string | null {
  if (/^postgres(ql)?:/i.test(url)) return null;
  const file = sqlitePathFrom(url);
  if (file === ':memory:') return null;
  try {
    return fileProblem(file);
  } catch (error) {
    if (error instanceof Unreachable)
      return `permission denied: ${who()} cannot reach ${file}, because a folder on the way may not be entered (check the modes with ls -ld)`;
    throw error;
  }
}

function fileProblem(file: string): string | null {
  const path = resolve(file);
  const existing = statOrNull(path);
  if (existing?.isDirectory())
    return `${file} is a folder; name a file in it, e.g. DATABASE_URL=${join(file, 'ssaem.db')}`;
  if (existing) {
    if (!can(path, constants.R_OK | constants.W_OK))
      return `permission denied: ${who()} cannot read and write ${file} (check its owner and mode with ls -l)`;
    if (!can(dirname(path), constants.W_OK | constants.X_OK))
      return `permission denied: ${who()} cannot write in ${dirname(path)}, where SQLite keeps ${file}'s -wal and -shm files`;
    return null;
  }
  let folder = dirname(path);
  let stat = statOrNull(folder);
  while (!stat && dirname(folder) !== folder) {
    folder = dirname(folder);
    stat = statOrNull(folder);
  }
  if (stat && !stat.isDirectory())
    return `${folder} is a file, not a folder, so it cannot hold ${file}; name a file in a folder, e.g. DATABASE_URL=data/ssaem.db`;
  if (!can(folder, constants.W_OK | constants.X_OK))
    return `permission denied: ${who()} cannot create ${file}, because the folder ${folder} is not writable (check its owner and mode with ls -ld)`;
  return null;
}
