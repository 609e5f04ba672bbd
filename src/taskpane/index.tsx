// Office entry: wait for the host, then render the pane.
import { mountPane } from './mount';

Office.onReady(() => {
  const el = document.getElementById('root');
  if (el) mountPane(el);
});
