import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { receiveCaseFiles } from './case/open-case-file';
import { useAppStore } from './store/app-store';
import './styles.css';

// The page speaks the language chosen last time from the first paint.
document.documentElement.lang = useAppStore.getState().uiLang;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  receiveCaseFiles(window.skyavtale);
}
