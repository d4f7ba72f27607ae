import { createContext, useContext } from 'react';
import type { Role } from '@shared/bridge';

/** The console's sections, in the order of its navigation bar. */
export const SECTIONS = ['screening', 'debate', 'polls', 'pledges', 'closing', 'sync', 'reports', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export const isSection = (s: string): s is Section => (SECTIONS as readonly string[]).includes(s);

/**
 * Where a feature may send this window: a console section, the stage or the kiosk. The
 * app hands the implementation down (features never import app/), and a section name
 * that does not exist does not compile.
 */
export interface Navigate {
  (role: 'console', section: Section): void;
  (role: Exclude<Role, 'console'>): void;
}

export const NavigationContext = createContext<Navigate | null>(null);

export function useNavigate(): Navigate {
  const navigate = useContext(NavigationContext);
  if (!navigate) throw new Error('useNavigate outside the app: render inside NavigationContext');
  return navigate;
}
