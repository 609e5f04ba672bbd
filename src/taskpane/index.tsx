// Office entry: hydrate the pre-rendered pane at once; it enables its buttons when Office.onReady
// answers, and says so in Vietnamese when office.js did not load or Excel does not answer.
import { mountPane } from './mount';
import { watchOffice } from './host';

const el = document.getElementById('root');
if (el) mountPane(el, watchOffice());
