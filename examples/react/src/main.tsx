import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Defines every element, and types them in JSX (no hand-written declarations).
import 'coprod-widgets';
import type {} from 'coprod-widgets/react';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
