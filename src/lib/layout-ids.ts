/**
 * HACK: a re-export kept only because src/markdown/index.ts (another branch's work) still imports
 * this path. Delete once it imports layout-ids-fs.ts; tests/unit/pure-lib.test.ts lists it.
 */
export { layoutIds } from './layout-ids-fs.ts';
