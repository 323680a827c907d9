import type { GlossarySearchProps } from './GlossarySearch.types';
import { renderGlossarySearch } from './renderGlossarySearch';
import { useGlossarySearch } from './useGlossarySearch';
import { useGlossarySearchStyles } from './useGlossarySearchStyles.styles';

/** School words in plain language (OPP, TLV, groepsplan…), to explain them to parents. */
export function GlossarySearch(props: GlossarySearchProps) {
  const state = useGlossarySearch(props);
  const classes = useGlossarySearchStyles(state);
  return renderGlossarySearch(state, classes);
}
