import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { phoneTarget } from './scripts/phone-target';

// Minify every bundle: electron-vite does not by default, and the renderer is also
// served to plain browsers on the local network.
export default defineConfig({
  main: {
    // Dependencies (zod) are bundled, not required at run time: the installer ships out/**
    // only (electron-builder.yml), no node_modules.
    build: {
      minify: true,
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      minify: true,
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    // Relative asset URLs let the same build load from kiosk://app/ and from http://.
    base: './',
    resolve: { alias: { '@shared': resolve('src/shared'), '@locales': resolve('locales') } },
    plugins: [react(), phoneTarget()],
    build: {
      minify: true,
      // KIOSK_OUT lets parallel checkouts build without overwriting each other's bundle.
      outDir: resolve(process.env.KIOSK_OUT ?? 'out/renderer'),
      // The phone page (src/renderer/phone) is its own entry: no React, served to phones
      // by src/main/phones, never mixed with the console's code.
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html'), phone: resolve('src/renderer/phone.html') },
      },
    },
  },
});
