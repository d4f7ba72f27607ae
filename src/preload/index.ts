import { contextBridge, ipcRenderer } from 'electron';
import type { ImportProgress, KioskApi } from '../shared/bridge';
import { CH } from '../shared/channels';

// One named method per capability; no channel name is ever taken from the page.
const kiosk = {
  app: { info: () => ipcRenderer.invoke(CH.appInfo) },
  media: {
    list: () => ipcRenderer.invoke(CH.mediaList),
    importFilm: () => ipcRenderer.invoke(CH.mediaImport),
    cancelImport: () => ipcRenderer.invoke(CH.mediaCancelImport),
    remove: (id) => ipcRenderer.invoke(CH.mediaRemove, id),
    setDuration: (id, durationSec) => ipcRenderer.invoke(CH.mediaSetDuration, id, durationSec),
    onImportProgress: (listener) => {
      const wrapped = (_e: unknown, p: ImportProgress) => listener(p);
      ipcRenderer.on(CH.mediaImportProgress, wrapped);
      return () => ipcRenderer.removeListener(CH.mediaImportProgress, wrapped);
    },
  },
  reports: {
    save: (fileName, bytes) => ipcRenderer.invoke(CH.reportsSave, fileName, bytes),
    savePdf: (fileName) => ipcRenderer.invoke(CH.reportsSavePdf, fileName),
  },
  displays: { list: () => ipcRenderer.invoke(CH.displaysList) },
  windows: {
    open: (role, displayId) =>
      displayId === undefined
        ? ipcRenderer.invoke(CH.windowsOpen, role)
        : ipcRenderer.invoke(CH.windowsOpen, role, displayId),
    setFullscreen: (on) => ipcRenderer.invoke(CH.windowsSetFullscreen, on),
    setKioskMode: (on) => ipcRenderer.invoke(CH.windowsSetKioskMode, on),
  },
  power: { keepAwake: (on) => ipcRenderer.invoke(CH.powerKeepAwake, on) },
  log: { write: (level, message) => ipcRenderer.invoke(CH.logWrite, level, message) },
  diagnostics: { save: (facts) => ipcRenderer.invoke(CH.diagnosticsSave, facts) },
  phones: {
    interfaces: () => ipcRenderer.invoke(CH.phonesInterfaces),
    start: (screeningId, address) => ipcRenderer.invoke(CH.phonesStart, screeningId, address),
    rotate: () => ipcRenderer.invoke(CH.phonesRotate),
    stop: () => ipcRenderer.invoke(CH.phonesStop),
    state: () => ipcRenderer.invoke(CH.phonesState),
    publish: (questions) => ipcRenderer.invoke(CH.phonesPublish, questions),
    publishPoll: (poll) => ipcRenderer.invoke(CH.phonesPublishPoll, poll),
    pending: () => ipcRenderer.invoke(CH.phonesPending),
    ack: (ids) => ipcRenderer.invoke(CH.phonesAck, ids),
    audio: (id) => ipcRenderer.invoke(CH.phonesAudio, id),
    onEntry: (listener) => {
      const wrapped = () => listener();
      ipcRenderer.on(CH.phonesEntry, wrapped);
      return () => ipcRenderer.removeListener(CH.phonesEntry, wrapped);
    },
  },
} satisfies KioskApi;

contextBridge.exposeInMainWorld('kiosk', kiosk);
