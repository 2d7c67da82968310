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
export type Variant = 'base' | 'flow-0' | 'flow-20' | 'flow-100' | 'block-20';
export const VARIANTS: Record<
  Variant,
  { label: string; style?: 'flow' | 'block'; findings?: number }
>;
export function generateVendorSla(seed: number, index: number, variant: Variant): string;
export function generateRepo(
  outDir: string,
  size: number,
  seed?: number,
  variant?: Variant,
): string;
