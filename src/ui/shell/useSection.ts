import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SECTION, isSectionId, type SectionId } from './sectionIds';

/** The open section lives in the URL's hash (#tijdspad), so reload and back keep it. */
export function fromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return isSectionId(id) ? id : DEFAULT_SECTION;
}

export function useSection(): [SectionId, (next: SectionId) => void] {
  const [section, setSection] = useState<SectionId>(() => fromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setSection(fromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((next: SectionId) => {
    window.history.replaceState(null, '', `#${next}`);
    setSection(next);
  }, []);
  return [section, navigate];
}
