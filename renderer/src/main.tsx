import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { receiveCaseFiles } from './case/open-case-file';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  receiveCaseFiles(window.skyavtale);
}
