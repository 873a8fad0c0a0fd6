import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setUpI18n } from './i18n';
import './styles/tokens.css';
import './styles/app.css';
import './styles/print.css';

// The system's language until the session says which one the person working chose.
setUpI18n();

const queryClient = new QueryClient({
  defaultOptions: {
    // Local SQLite: reads are cheap and the data only changes through our own writes.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
