import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { resolveApi } from './api.ts';
// The UI font ships with the app (Arimo: Arial-compatible, Cyrillic with the Kazakh letters):
// the screen looks the same on every machine and never waits for or leaks to a font service.
import '@fontsource/arimo/400.css';
import '@fontsource/arimo/400-italic.css';
import '@fontsource/arimo/600.css';
import '@fontsource/arimo/700.css';
import './styles.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App api={resolveApi()} />);
