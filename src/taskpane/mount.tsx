// Renders the pane into an element; shared by the Office entry and the playground.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

export function mountPane(el: HTMLElement): void {
  createRoot(el).render(<App />);
}
