/** The part of Paged.js 0.4 (no types of its own) that src/scripts/composer.ts uses. */
declare module 'pagedjs' {
  export class Previewer {
    polisher: Polisher;
    preview(content: Node, stylesheets: (string | Record<string, string>)[], renderTo: HTMLElement): Promise<{ total: number }>;
  }
  export class Polisher {
    inserted: { remove(): void }[];
    styleEl: { remove(): void };
    styleSheet: CSSStyleSheet;
    setup(): CSSStyleSheet;
    insert(text: string): { remove(): void };
    destroy(): void;
  }
}
