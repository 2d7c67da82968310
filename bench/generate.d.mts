// Types of bench/generate.mjs, for the test that checks the generator.
export const GENERATOR_VERSION: number;
export const DEFAULT_SEED: number;
export const BENCH_DIR: string;
export const WORK_DIR: string;
export function prng(seed: number): () => number;
export function generateSla(seed: number, index: number): string;
export function slaPath(index: number): string;
export function prEdits(size: number): Array<{ index: number; path: string; edit: number }>;
export function applyPrEdit(text: string, edit: number): string;
export function generateRepo(outDir: string, size: number, seed?: number): string;
