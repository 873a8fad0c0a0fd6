import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';

/**
 * Passphrase encryption for backups, so a lost USB disk or a copied network share leaks nothing:
 * scrypt (a deliberately slow, memory-hard KDF) derives an AES-256-GCM key; GCM authenticates,
 * so a wrong passphrase or a changed byte is detected, never restored. Files are processed in
 * chunks, so a large practice never has to fit in memory twice.
 *
 * Layout: MAGIC(8) | log2(N)(1) | r(1) | p(1) | salt(16) | iv(12) | ciphertext | tag(16).
 * The header is authenticated as additional data, so its cost parameters cannot be lowered.
 */
const MAGIC = Buffer.from('CPBKENC1', 'latin1');
const HEADER_BYTES = MAGIC.length + 3 + 16 + 12;
const TAG_BYTES = 16;
const CHUNK = 1024 * 1024;

/** 2^17 × 8 × 128 B = 128 MiB and ~0.3–0.5 s per derivation: costly for a guesser, fine for us. */
export const DEFAULT_SCRYPT_LOG_N = 17;

export class BackupPassphraseError extends Error {
  constructor() {
    super('The passphrase is wrong, or the backup was changed after it was made.');
    this.name = 'BackupPassphraseError';
  }
}

function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Buffer {
  const N = 2 ** logN;
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r });
}

export function isEncryptedBackup(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === MAGIC.length && head.equals(MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/** Encrypts `source` into `target` (created 0600). */
export function encryptFile(
  source: string,
  target: string,
  passphrase: string,
  logN = DEFAULT_SCRYPT_LOG_N,
): void {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const r = 8;
  const p = 1;
  const header = Buffer.concat([MAGIC, Buffer.from([logN, r, p]), salt, iv]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, logN, r, p), iv);
  cipher.setAAD(header);
  const input = fs.openSync(source, 'r');
  const output = fs.openSync(target, 'wx', 0o600);
  try {
    fs.writeSync(output, header);
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const read = fs.readSync(input, buffer, 0, CHUNK, null);
      if (read === 0) break;
      fs.writeSync(output, cipher.update(buffer.subarray(0, read)));
    }
    fs.writeSync(output, cipher.final());
    fs.writeSync(output, cipher.getAuthTag());
    fs.fsyncSync(output);
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
}

/**
 * Decrypts into memory (verification opens the copy there, so no plaintext touches the backup
 * medium) or, with `target`, into a 0600 file. Throws BackupPassphraseError when the passphrase
 * is wrong or a byte changed; a partial target is removed.
 */
export function decryptFile(source: string, passphrase: string, target?: string): Buffer | null {
  const fd = fs.openSync(source, 'r');
  const output = target ? fs.openSync(target, 'wx', 0o600) : null;
  const parts: Buffer[] = [];
  try {
    const size = fs.fstatSync(fd).size;
    if (size < HEADER_BYTES + TAG_BYTES) throw new BackupPassphraseError();
    const header = Buffer.alloc(HEADER_BYTES);
    fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupPassphraseError();
    const [logN = 0, r = 0, p = 0] = header.subarray(MAGIC.length, MAGIC.length + 3);
    // Never above what encryptFile writes: a forged header must not make us derive for minutes.
    if (logN < 10 || logN > DEFAULT_SCRYPT_LOG_N || r < 1 || r > 32 || p < 1 || p > 16)
      throw new BackupPassphraseError();
    const salt = header.subarray(MAGIC.length + 3, MAGIC.length + 19);
    const iv = header.subarray(MAGIC.length + 19, HEADER_BYTES);
    const tag = Buffer.alloc(TAG_BYTES);
    fs.readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt, logN, r, p), iv);
    decipher.setAAD(header);
    decipher.setAuthTag(tag);
    const buffer = Buffer.alloc(CHUNK);
    let position = HEADER_BYTES;
    const end = size - TAG_BYTES;
    while (position < end) {
      const read = fs.readSync(fd, buffer, 0, Math.min(CHUNK, end - position), position);
      position += read;
      const plain = decipher.update(buffer.subarray(0, read));
      if (output !== null) fs.writeSync(output, plain);
      else parts.push(plain);
    }
    try {
      const last = decipher.final();
      if (output !== null) fs.writeSync(output, last);
      else parts.push(last);
    } catch {
      throw new BackupPassphraseError();
    }
    if (output !== null) fs.fsyncSync(output);
  } catch (error) {
    if (output !== null) {
      fs.closeSync(output);
      if (target) fs.rmSync(target, { force: true });
    }
    throw error;
  } finally {
    fs.closeSync(fd);
  }
  if (output !== null) {
    fs.closeSync(output);
    return null;
  }
  return Buffer.concat(parts);
}
