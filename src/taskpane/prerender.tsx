// Build time only (Node, never in a page's bundle): the pane's first screen as HTML, with the
// styles it needs, written into taskpane.html and the playground's page by scripts/prerender.js.
// The page then shows the pane as soon as its HTML is parsed, while the script (React and Fluent,
// most of the page's weight) still loads; mount.tsx hydrates that markup instead of rendering anew.
import { renderToString } from 'react-dom/server';
import { createDOMRenderer, renderToStyleElements } from '@fluentui/react-components';
import { paneTree } from './App';

export interface PrerenderedPane {
  /** The pane's markup, for the element mountPane() is given. */
  html: string;
  /** Griffel's <style> elements for that markup, for the page's head (the client rehydrates them). */
  styles: string;
}

export function prerenderPane(): PrerenderedPane {
  const renderer = createDOMRenderer();
  const html = renderToString(paneTree(renderer));
  const styles = renderToString(<>{renderToStyleElements(renderer)}</>);
  return { html, styles };
}
