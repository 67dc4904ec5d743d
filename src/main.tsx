/** Read the URL → create the store → keep the URL in sync → render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { EmbedApp } from './app/EmbedApp.tsx';
import { StoreProvider } from './state/StoreContext.tsx';
import { createAppStore } from './state/store.ts';
import { parseUrlState } from './state/urlCodec.ts';
import { startUrlSync } from './state/urlSync.ts';
import './ui/styles.css';

// index.html preloads both files; the build rewrites those links to hashed names, so the links
// are the one place that knows the URLs.
const resourceUrl = (name: string, fallback: string) =>
  document.querySelector<HTMLLinkElement>(`link[data-resource="${name}"]`)?.href ?? new URL(fallback, document.baseURI).href;
const urls = {
  dataset: resourceUrl('dataset', 'data/dataset.json'),
  topology: resourceUrl('topology', 'data/world.topo.json'),
};

const initial = parseUrlState(window.location.search).state;
const store = createAppStore(initial);
startUrlSync(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        {initial.flags.embed ? <EmbedApp urls={urls} /> : <App urls={urls} />}
      </StoreProvider>
    </StrictMode>,
  );
}
