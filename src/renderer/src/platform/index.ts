import type { KioskApi } from '@shared/bridge';
import { createBrowserBridge } from './browser-bridge';

/** The platform this renderer runs on: Electron's preload when present, else the browser. */
export const kiosk: KioskApi = window.kiosk ?? createBrowserBridge();
