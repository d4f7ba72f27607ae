/// <reference types="vite/client" />
import type { KioskApi } from '@shared/bridge';

declare global {
  interface Window {
    /** Present in Electron (the preload); absent in a plain browser. */
    kiosk?: KioskApi;
  }
  interface ImportMetaEnv {
    readonly VITE_APP_VERSION?: string;
  }
}
export {};
