// Helpers for the parts of crash safety that plain `writeFile` does not give: a file's directory entry
// must be fsync'ed for a new file or a rename to survive power loss.
import { open, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function fsyncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Write to `<path>.tmp`, fsync, rename over `path`, fsync the directory: readers see old or new, never half. */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.tmp`;
  await writeFile(temporary, bytes);
  const handle = await open(temporary, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  await fsyncDirectory(dirname(path));
}
