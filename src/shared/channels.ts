/** IPC channel names, `domain:verb`. The preload exposes exactly these, nothing raw. */
export const CH = {
  appInfo: 'app:info',
  mediaList: 'media:list',
  mediaImport: 'media:import',
  mediaCancelImport: 'media:cancel-import',
  mediaRemove: 'media:remove',
  mediaSetDuration: 'media:set-duration',
  mediaImportProgress: 'media:import-progress',
  reportsSave: 'reports:save',
  reportsSavePdf: 'reports:save-pdf',
  displaysList: 'displays:list',
  windowsOpen: 'windows:open',
  windowsSetFullscreen: 'windows:set-fullscreen',
  windowsSetKioskMode: 'windows:set-kiosk-mode',
  powerKeepAwake: 'power:keep-awake',
  logWrite: 'log:write',
  diagnosticsSave: 'diagnostics:save',
} as const;
