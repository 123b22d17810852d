import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { resolveApi } from './api.ts';
import './styles.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App api={resolveApi()} />);
