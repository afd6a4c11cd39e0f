/** /recherche/definitions.json: the glossary for the search page's definition box (src/lib/definitions.ts). */
import { getCollection } from 'astro:content';
import { definitionKeys, firstSentence, type Definition } from '../../lib/definitions.ts';
import { fr } from '../../lib/typography.ts';

export async function GET(): Promise<Response> {
  const entries = await getCollection('glossaire');
  const definitions: Definition[] = entries.map((e) => ({
    id: e.id,
    terme: fr(e.data.terme),
    // One sentence: the box must leave the first result in view on a phone; the glossary link has the rest.
    definition: firstSentence(fr(e.data.definition)),
    keys: definitionKeys({ id: e.id, ...e.data }),
  }));
  return new Response(JSON.stringify(definitions), { headers: { 'Content-Type': 'application/json' } });
}
