/**
 * HACK: a re-export kept only because scripts/bench/legal.mjs (another branch's work) still imports
 * this path. Delete once it imports legi-data-fs.ts; tests/unit/pure-lib.test.ts lists it.
 */
export * from './legi-data-fs.ts';
