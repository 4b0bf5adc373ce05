/**
 * Near-copy detection: MinHash signatures over word shingles, and LSH bands so that finding the earlier reports a
 * new one may copy is an index look-up, not a comparison with every stored report. Wire copy republished with a
 * new headline, a trimmed last paragraph or a local intro still shares most of its 5-word shingles.
 */

export const SHINGLE = 5;
export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;

/** Estimated Jaccard similarity above which one report is a copy (or near-copy) of another. */
export const COPY_THRESHOLD = 0.5;

/** 32-bit FNV-1a. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a 32-bit value (murmur3 finaliser) so the derived hash functions are independent enough. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Lower-cased words without punctuation, so typographic differences between copies do not count. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The MinHash signature of a text: HASHES minimums over its word shingles. Empty text → all 0xffffffff. */
export function minhash(text: string): Uint32Array {
  const words = shingleWords(text);
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n && words.length > 0; i++) {
    const sh = words.slice(i, i + SHINGLE).join(' ');
    const h1 = fnv1a(sh);
    const h2 = mix(h1 ^ 0x9e3779b9) | 1;
    for (let j = 0; j < HASHES; j++) {
      const v = mix((h1 + Math.imul(j, h2)) >>> 0);
      if (v < sig[j]!) sig[j] = v;
    }
  }
  return sig;
}

/** Share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/**
 * One 32-bit hash per band: two signatures that agree on a whole band are candidates. A number, not a string:
 * the copy index holds sixteen of them for each of its 20,000 reports.
 */
export function bandHashes(sig: Uint32Array): Uint32Array {
  const out = new Uint32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    out[b] = h;
  }
  return out;
}

export function signatureToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function bufferToSignature(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, HASHES);
}
