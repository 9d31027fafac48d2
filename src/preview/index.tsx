import { createRoot } from 'react-dom/client';
import { DEMO, Preview, bundledExamples } from './Preview';

const params = new URLSearchParams(window.location.search);
const requested = params.get('sample');
const examples = bundledExamples();
const initial = requested === DEMO || (requested && examples.includes(requested)) ? requested : (examples[0] ?? DEMO);
const root = document.getElementById('root');
const size = Number(params.get('indicators'));
const indicators = Number.isInteger(size) && size > 0 ? Math.min(size, 20000) : undefined;
if (root) createRoot(root).render(<Preview initialSource={initial} autorun={params.get('run') === 'validate'} indicators={indicators} />);
