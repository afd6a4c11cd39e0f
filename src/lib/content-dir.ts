/** Where the prose lives: content/ at the project root, or CONTENT_DIR (used by test fixtures). */
export function contentDir(): string {
  return (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
}
