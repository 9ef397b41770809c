import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App.tsx';
import './styles.css';
import { loadAllGeo } from './map/geodata.ts';
import { startUrlSync } from './url/sync.ts';

// The geodata starts downloading before React renders, in parallel with the map code.
loadAllGeo();
startUrlSync();

const container = document.getElementById('root')!;
let root: Root | null = null;

function mount() {
  root = createRoot(container);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

mount();

/** Test hook: unmount and mount the app again, for leak checks. Automated browsers only. */
declare global {
  interface Window {
    __borderApp?: { unmount: () => void; mount: () => void };
  }
}
if (navigator.webdriver) {
  window.__borderApp = {
    unmount: () => {
      root?.unmount();
      root = null;
    },
    mount,
  };
}
