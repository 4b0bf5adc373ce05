/**
 * mulberry32: a tiny, well-distributed 32-bit PRNG. Generators and fuzz tests use it so every run with the same
 * seed makes the same data (the project's outputs never depend on randomness).
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
