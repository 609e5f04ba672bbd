// Renders the pane into an element; shared by the Office entry and the playground.
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { createDOMRenderer, type GriffelRenderer } from '@fluentui/react-components';
import { paneTree } from './App';
import type { HostWatch } from './host';

let renderer: GriffelRenderer | null = null;

/**
 * Returns the React root, so a host page that replaces the pane can unmount the old one. An element
 * holding the pane pre-rendered at build time (src/taskpane/prerender.tsx) is hydrated: the markup
 * the user already sees is kept, and Griffel takes over the styles the page's head already has.
 * The pane is mounted at once, without waiting for the host: its buttons stay disabled, saying
 * "Đang kết nối Excel…", until `host` reports Excel ready (or says why not).
 */
export function mountPane(el: HTMLElement, host: HostWatch): Root {
  renderer ??= createDOMRenderer();
  const pane = paneTree(renderer, host);
  if (el.firstElementChild) return hydrateRoot(el, pane);
  const root = createRoot(el);
  root.render(pane);
  return root;
}
