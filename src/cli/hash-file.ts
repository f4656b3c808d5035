/**
 * The SHA-256 of a file's bytes, read as a stream (any size, never all in memory), for the
 * verification record of `baocao consolidate` and the comparison of `baocao verify`: both hash the
 * same files the same way. A file that cannot be read has no hash (null). The reports that
 * consolidate reads are hashed from the bytes it read (read-intake.ts), with Node's same SHA-256.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { InputFile } from '../core/verify/fingerprint';

export function hashFile(path: string): Promise<string | null> {
  return new Promise((done) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', () => done(null))
      .on('end', () => done(hash.digest('hex')));
  });
}

/** A file of a batch as the record lists it: its name without the folder, and its hash. */
export function fileOfRecord(path: string, sha256: string | null): InputFile {
  return { name: basename(path), kind: 'file', sha256 };
}

/** A file of a batch not otherwise read (our own JSON output), hashed as a stream. */
export async function inputFileOf(path: string): Promise<InputFile> {
  return fileOfRecord(path, await hashFile(path));
}
