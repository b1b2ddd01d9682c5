import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { createReviewApi } from './api.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
const api = createReviewApi();
// Monaco measures glyph widths once, when the first editor is created: fonts must be ready.
void document.fonts.ready.then(() => {
  createRoot(root).render(<App api={api} />);
});
