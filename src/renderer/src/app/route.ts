import { useEffect, useState } from 'react';
import type { Role } from '@shared/bridge';
import { isSection, type Navigate, type Section } from '../ui/navigation';

export interface Route {
  role: Role;
  /** The console section in the hash, e.g. `debate` in `#/console/debate` (unknown: screening). */
  section: Section;
}

export function parseHash(hash: string): Route {
  const [role, rest = ''] = hash.replace(/^#\/?/, '').split('/');
  const section = isSection(rest) ? rest : 'screening';
  if (role === 'stage' || role === 'kiosk') return { role, section };
  return { role: 'console', section };
}

/** Roles are hash routes so every window loads the same page from the same origin. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const go: Navigate = (role: Role, section?: Section): void => {
  location.hash = section ? `#/${role}/${section}` : `#/${role}`;
};
