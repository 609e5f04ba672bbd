// Renders the pane into an element; shared by the Office entry and the playground.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';

/** Returns the React root, so a host page that replaces the pane can unmount the old one. */
export function mountPane(el: HTMLElement): Root {
  const root = createRoot(el);
  root.render(<App />);
  return root;
}
