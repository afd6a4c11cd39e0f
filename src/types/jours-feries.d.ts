/** @socialgouv/jours-feries ships no types: one function, holiday name → local-time Date. */
declare module '@socialgouv/jours-feries' {
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
