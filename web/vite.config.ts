// The web UI: Preact + TypeScript, built by Vite into web/dist, which `warta serve` serves.
// `npx vite web` runs a development server that sends /api to a `warta serve` on :8080.
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', reportCompressedSize: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
});
