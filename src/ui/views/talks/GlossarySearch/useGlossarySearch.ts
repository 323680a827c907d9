import { useId, useMemo, useState } from 'react';
import { GLOSSARY_KEYS, type GlossaryKey } from '../../../../domain/talks/glossary';
import { useI18n } from '../../../i18n';
import type { GlossarySearchProps, GlossarySearchState } from './GlossarySearch.types';

const EXAMPLES: readonly GlossaryKey[] = ['opp', 'tlv', 'groepsplan', 'zorgteam'];

/** Lower case without accents, so "cito" finds "Cito-toetsen" and "ondersteuning" its compounds. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The short form people search for: "OPP" of "OPP (ontwikkelingsperspectief)". */
function shortTerm(term: string): string {
  return term.replace(/\s*\(.*\)$/, '');
}

export function useGlossarySearch({ className }: GlossarySearchProps): GlossarySearchState {
  const { messages, format } = useI18n();
  const glossary = messages.glossary;
  const g = messages.talks.ui.glossary;
  const [query, setQuery] = useState('');
  const inputId = useId();

  const hits = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return [];
    return GLOSSARY_KEYS.map((key) => ({ key, term: glossary[key].term, plain: glossary[key].plain }))
      .map((entry) => {
        const term = fold(entry.term);
        const rank = fold(shortTerm(entry.term)) === q ? 0 : term.startsWith(q) ? 1 : term.includes(q) ? 2 : fold(entry.plain).includes(q) ? 3 : -1;
        return { entry, rank };
      })
      .filter((x) => x.rank >= 0)
      .sort((a, b) => a.rank - b.rank)
      .map((x) => x.entry);
  }, [query, glossary]);

  const typed = query.trim();
  return {
    className,
    inputId,
    label: g.search,
    hint: g.hint,
    query,
    examplesLabel: g.examples,
    examples: EXAMPLES.map((key) => ({ key, label: shortTerm(glossary[key].term) })),
    hits,
    resultText: typed ? (hits.length ? format(g.results, { count: hits.length }) : format(g.noMatch, { query: typed })) : '',
    onQuery: setQuery,
    onExample: setQuery,
  };
}
