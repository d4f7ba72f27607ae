import { useEffect, useState } from 'react';
import type { Role } from '@shared/bridge';

export interface Route {
  role: Role;
  /** The rest of the hash path, e.g. `debate` in `#/console/debate`. */
  section: string;
}

export function parseHash(hash: string): Route {
  const [role, section = ''] = hash.replace(/^#\/?/, '').split('/');
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

export function go(role: Role, section = ''): void {
  location.hash = section ? `#/${role}/${section}` : `#/${role}`;
}
